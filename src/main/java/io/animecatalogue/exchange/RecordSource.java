package io.animecatalogue.exchange;

import java.io.IOException;

/** The records of an import in file order, read one at a time so that a file of any size passes in bounded memory. */
interface RecordSource {

    /** A record and the line of the file it starts on. */
    record Line(int number, CatalogueRecord record) {
    }

    /**
     * @return the next record that reads, or null at the end; a line that does not read is reported to
     *         {@code errors} and skipped
     */
    Line next(ImportErrors errors) throws IOException;

    /** How many lines held a record (or tried to); zero means the file was empty. */
    int records();
}
