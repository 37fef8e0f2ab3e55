package io.animecatalogue.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The problems an import has found so far. Every one is counted, but only the first {@link #LISTED} by line are kept:
 * a file of a million broken lines must not answer with a million-entry problem, nor hold one in memory. Records are
 * read and validated on another thread than the one that checks their references ({@link ReadAhead}), and both report
 * here.
 */
final class ImportErrors {

    static final int LISTED = 1000;

    private final List<ImportError> listed = new ArrayList<>();
    private int count;

    synchronized void add(int line, String pointer, String detail) {
        count++;
        listed.add(new ImportError(line, pointer, detail));
        if (listed.size() > 2 * LISTED) {
            trim();
        }
    }

    synchronized boolean isEmpty() {
        return count == 0;
    }

    synchronized int count() {
        return count;
    }

    synchronized ImportException toException() {
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
