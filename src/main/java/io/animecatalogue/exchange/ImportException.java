package io.animecatalogue.exchange;

import java.util.List;
import java.util.stream.Collectors;

/** An import that was refused as a whole; nothing of it was written. */
public class ImportException extends RuntimeException {

    private final List<ImportError> errors;
    private final int count;

    ImportException(List<ImportError> errors, int count) {
        super(count + " problem(s) in the import:\n"
                + errors.stream().map(ImportError::toString).collect(Collectors.joining("\n")), null, false, false);
        this.errors = List.copyOf(errors);
        this.count = count;
    }

    /** The first {@link ImportErrors#LISTED} problems, by line. */
    public List<ImportError> errors() {
        return errors;
    }

    /** How many problems there are in all, listed or not. */
    public int count() {
        return count;
    }
}
