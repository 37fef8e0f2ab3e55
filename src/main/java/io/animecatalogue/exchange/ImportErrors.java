package io.animecatalogue.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems an import has found so far. Every one is counted, but only the first {@link #LISTED} by line are kept:
 * a file of a million broken lines must not answer with a million-entry problem, nor hold one in memory.
 */
final class ImportErrors {

    static final int LISTED = 1000;

    private final List<ImportError> listed = new ArrayList<>();
    private int count;

    void add(int line, String pointer, String detail) {
        count++;
        listed.add(new ImportError(line, pointer, detail));
        if (listed.size() > 2 * LISTED) {
            trim();
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    int count() {
        return count;
    }

    ImportException toException() {
        trim();
        return new ImportException(List.copyOf(listed), count);
    }

    private void trim() {
        listed.sort(Comparator.comparingInt(ImportError::line));
        if (listed.size() > LISTED) {
            listed.subList(LISTED, listed.size()).clear();
        }
    }
}
