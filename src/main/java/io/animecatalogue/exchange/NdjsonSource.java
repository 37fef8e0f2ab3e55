package io.animecatalogue.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.animecatalogue.shared.JsonErrors;
import io.animecatalogue.shared.ProblemError;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads NDJSON one line at a time, straight from the bytes (Jackson decodes the UTF-8, and reports bad UTF-8 at the
 * line it is on). A byte order mark before the first line and a CR before each LF are accepted; a last line without
 * LF is read like any other, so a truncated one is reported as incomplete JSON.
 */
final class NdjsonSource implements RecordSource {

    /** Far more than any record needs (an anthology with 100 segments and their staff is a few dozen kB). */
    static final int MAX_LINE_BYTES = 1024 * 1024;

    private final InputStream input;
    private final ObjectReader reader;
    private byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;
    private boolean endOfInput;
    private int lineNumber;
    private int records;
    private static final int TOO_LONG = -2;

    NdjsonSource(InputStream input, ObjectMapper json) {
        this.input = input;
        this.reader = json.readerFor(CatalogueRecord.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @Override
    public Line next(ImportErrors errors) throws IOException {
        while (true) {
            int newline = findNewline();
            if (newline == TOO_LONG) {
                lineNumber++;
                records++;
                errors.add(lineNumber, "", "is longer than the " + MAX_LINE_BYTES / 1024 + " KiB a record may take");
                skipPastNewline();
                continue;
            }
            if (newline < 0 && start == end) {
                return null;
            }
            int from = start;
            int to = newline < 0 ? end : newline;
            start = newline < 0 ? end : newline + 1;
            lineNumber++;
            if (lineNumber == 1 && to - from >= 3 && buffer[from] == (byte) 0xEF && buffer[from + 1] == (byte) 0xBB
                    && buffer[from + 2] == (byte) 0xBF) {
                from += 3;
            }
            if (to > from && buffer[to - 1] == '\r') {
                to--;
            }
            if (isBlank(from, to)) {
                continue;
            }
            records++;
            if (to - from > MAX_LINE_BYTES) {
                errors.add(lineNumber, "", "is longer than the " + MAX_LINE_BYTES / 1024 + " KiB a record may take");
                continue;
            }
            Line line = parse(from, to, errors);
            if (line != null) {
                return line;
            }
        }
    }

    @Override
    public int records() {
        return records;
    }

    private Line parse(int from, int to, ImportErrors errors) {
        try {
            CatalogueRecord record = reader.readValue(buffer, from, to - from);
            if (record == null) {
                errors.add(lineNumber, "", "must be a JSON object with a type");
                return null;
            }
            return new Line(lineNumber, record);
        } catch (JsonProcessingException e) {
            ProblemError error = JsonErrors.describe(e);
            errors.add(lineNumber, error.pointer(), error.detail());
            return null;
        } catch (IOException e) {
            errors.add(lineNumber, "", "is not valid JSON");
            return null;
        }
    }

    /** The index of the next LF, reading more input as needed; -1 at the end of the input; {@link #TOO_LONG}. */
    private int findNewline() throws IOException {
        int scanned = start;
        while (true) {
            for (int i = scanned; i < end; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            if (end - start > MAX_LINE_BYTES) {
                return TOO_LONG;
            }
            if (endOfInput) {
                return -1;
            }
            scanned = end - start;
            fill();
        }
    }

    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = input.read(buffer, end, buffer.length - end);
        if (read < 0) {
            endOfInput = true;
        } else {
            end += read;
        }
    }

    /** Drops the rest of an oversized line, reading on until its LF without keeping it. */
    private void skipPastNewline() throws IOException {
        while (true) {
            for (int i = start; i < end; i++) {
                if (buffer[i] == '\n') {
                    start = i + 1;
                    return;
                }
            }
            start = 0;
            end = 0;
            if (endOfInput) {
                return;
            }
            fill();
        }
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = buffer[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
