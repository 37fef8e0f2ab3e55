package io.animecatalogue.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports catalogue records from the interchange format, all or nothing: every record is checked before anything is
 * written, and the writing happens in one transaction. The seed catalogue loads through here too.
 */
@ApplicationScoped
public class CatalogueImporter {

    @Inject
    NdjsonReader reader;

    /**
     * @throws ImportException listing every failing record by line, when any record fails; nothing is written then
     */
    @Transactional
    public ImportReport importNdjson(BufferedReader input) {
        List<ImportError> errors = new ArrayList<>();
        List<NdjsonReader.Line> lines = reader.read(input, errors);
        ReferenceCheck.check(lines, errors);
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(ImportError::line));
            throw new ImportException(errors);
        }
        return new CatalogueWriter().write(lines.stream().map(NdjsonReader.Line::record).toList());
    }
}
