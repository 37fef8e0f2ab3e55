package io.animecatalogue.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.animecatalogue.shared.JsonErrors;
import io.animecatalogue.shared.JsonPointers;
import io.animecatalogue.shared.ProblemError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads interchange lines into records, checking each on its own: JSON syntax, members, types, field rules. */
@ApplicationScoped
public class NdjsonReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    public record Line(int number, CatalogueRecord record) {
    }

    /** Every record that reads well; every problem of the others goes to {@code errors}. */
    public List<Line> read(BufferedReader input, List<ImportError> errors) {
        List<Line> lines = new ArrayList<>();
        try {
            String text;
            int number = 0;
            while ((text = input.readLine()) != null) {
                number++;
                if (number == 1 && !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    continue;
                }
                read(number, text, errors).ifPresent(lines::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private Optional<Line> read(int number, String text, List<ImportError> errors) {
        CatalogueRecord record;
        try {
            record = json.readValue(text, CatalogueRecord.class);
        } catch (JsonProcessingException e) {
            ProblemError error = JsonErrors.describe(e);
            errors.add(new ImportError(number, error.pointer(), error.detail()));
            return Optional.empty();
        }
        var violations = validator.validate(record);
        for (ConstraintViolation<CatalogueRecord> violation : violations) {
            errors.add(new ImportError(number, JsonPointers.of(violation.getPropertyPath()), violation.getMessage()));
        }
        return violations.isEmpty() ? Optional.of(new Line(number, record)) : Optional.empty();
    }
}
