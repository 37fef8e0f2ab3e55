package io.animecatalogue.exchange;

import java.util.List;
import java.util.stream.Collectors;

/** An import that was refused as a whole; nothing of it was written. */
public class ImportException extends RuntimeException {

    private final List<ImportError> errors;

    public ImportException(List<ImportError> errors) {
        super(errors.size() + " record(s) cannot be imported:\n"
                + errors.stream().map(ImportError::toString).collect(Collectors.joining("\n")), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
