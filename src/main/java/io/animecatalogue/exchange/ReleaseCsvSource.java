package io.animecatalogue.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.animecatalogue.shared.JsonErrors;
import io.animecatalogue.shared.ProblemError;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads releases from CSV (RFC 4180: comma-separated, fields with commas, quotes or line breaks in double quotes, a
 * quote inside doubled), since release lists live in spreadsheets. The first row names the columns, in any order;
 * each later row becomes the same release record an NDJSON line would give, so it passes the same checks.
 */
final class ReleaseCsvSource implements RecordSource {

    /** The columns a release CSV may have; list cells hold their items separated by {@value #ITEM_SEPARATOR}. */
    static final List<String> COLUMNS = List.of("slug", "anthology", "format", "country", "regionCodes", "publisher",
            "releaseDate", "releaseYear", "edition", "catalogNumber", "barcode", "aspectRatio", "anamorphic",
            "audioTracks", "subtitleLanguages", "discCount", "runtimeMinutes", "bonusFeatures", "printStatus",
            "segments", "notes");
    static final List<String> REQUIRED = List.of("slug", "anthology", "format");
    private static final Set<String> LISTS = Set.of("regionCodes", "subtitleLanguages", "bonusFeatures", "segments");
    static final String ITEM_SEPARATOR = "|";
    /** A row already reported as unreadable. */
    private static final List<String> BROKEN = List.of();
    private static final int MAX_FIELD_CHARS = NdjsonSource.MAX_LINE_BYTES;

    private final Reader input;
    private final ObjectMapper json;
    private List<String> header;
    private int line = 1;
    private int rowLine;
    private int records;
    private int peeked = -2;
    private boolean started;
    private boolean pastByteOrderMark;

    ReleaseCsvSource(Reader input, ObjectMapper json) {
        this.input = input;
        this.json = json;
    }

    @Override
    public Line next(ImportErrors errors) throws IOException {
        try {
            return nextRecord(errors);
        } catch (CharacterCodingException e) {
            errors.add(line, "", "is not valid UTF-8; save the file as UTF-8");
            return null;
        }
    }

    private Line nextRecord(ImportErrors errors) throws IOException {
        if (header == null) {
            if (started || !readHeader(errors)) {
                return null;
            }
        }
        while (true) {
            List<String> row = readRow(errors);
            if (row == null) {
                return null;
            }
            if (row == BROKEN) {
                records++;
                continue;
            }
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            records++;
            if (row.size() != header.size()) {
                errors.add(rowLine, "", "has " + row.size() + " fields where the header has " + header.size());
                continue;
            }
            Line record = toRecord(row, errors);
            if (record != null) {
                return record;
            }
        }
    }

    @Override
    public int records() {
        return records;
    }

    private boolean readHeader(ImportErrors errors) throws IOException {
        started = true;
        List<String> names = readRow(errors);
        if (names == null || names == BROKEN) {
            return false;
        }
        boolean valid = true;
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!COLUMNS.contains(name)) {
                errors.add(rowLine, "", "names the unknown column '" + name + "'; the columns are " + String.join(", ", COLUMNS));
                valid = false;
            } else if (!seen.add(name)) {
                errors.add(rowLine, "", "names the column '" + name + "' twice");
                valid = false;
            }
        }
        Set<String> missing = new LinkedHashSet<>(REQUIRED);
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            errors.add(rowLine, "", "lacks the column(s) " + String.join(", ", missing) + ", which every release needs");
            valid = false;
        }
        if (valid) {
            header = names;
        }
        return valid;
    }

    private Line toRecord(List<String> row, ImportErrors errors) {
        ObjectNode node = json.createObjectNode().put("type", "release");
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            String cell = row.get(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            if (column.equals("audioTracks")) {
                ArrayNode tracks = node.putArray(column);
                for (String item : items(cell)) {
                    String[] parts = item.split(":", -1);
                    ObjectNode track = tracks.addObject();
                    putIfPresent(track, "language", parts[0]);
                    putIfPresent(track, "codec", parts.length > 1 ? parts[1] : "");
                    putIfPresent(track, "channels", parts.length > 2 ? parts[2] : "");
                    if (parts.length > 3) {
                        errors.add(rowLine, "/audioTracks/" + (tracks.size() - 1),
                                "must be language:codec:channels, such as ja:Dolby Digital:5.1");
                        return null;
                    }
                }
            } else if (LISTS.contains(column)) {
                ArrayNode items = node.putArray(column);
                items(cell).forEach(items::add);
            } else {
                node.put(column, cell);
            }
        }
        try {
            return new Line(rowLine, json.treeToValue(node, CatalogueRecord.class));
        } catch (JsonProcessingException e) {
            ProblemError error = JsonErrors.describe(e);
            errors.add(rowLine, error.pointer(), error.detail());
            return null;
        }
    }

    private static List<String> items(String cell) {
        List<String> items = new ArrayList<>();
        for (String item : cell.split("\\" + ITEM_SEPARATOR, -1)) {
            items.add(item.strip());
        }
        return items;
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (!value.isBlank()) {
            node.put(name, value.strip());
        }
    }

    /** One row's fields, or null at the end of the input; {@link #rowLine} is the line the row starts on. */
    private List<String> readRow(ImportErrors errors) throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        rowLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        boolean broken = false;
        while (true) {
            if (c < 0) {
                if (quoted) {
                    errors.add(rowLine, "", "has a quoted field that is never closed");
                    return null;
                }
                break;
            }
            if (quoted) {
                if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        unread(next);
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                c = read();
                continue;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int next = read();
                    if (next != '\n') {
                        unread(next);
                    }
                }
                line++;
                break;
            } else if (c == '"' && fieldStart) {
                quoted = true;
            } else if (c == '"') {
                broken = true;
                field.append('"');
            } else {
                field.append((char) c);
            }
            if (field.length() > MAX_FIELD_CHARS) {
                errors.add(rowLine, "", "has a field longer than " + MAX_FIELD_CHARS / 1024 + " Ki characters");
                return null;
            }
            fieldStart = false;
            c = read();
        }
        fields.add(field.toString());
        if (broken) {
            errors.add(rowLine, "", "has a quote inside a field that does not start with one; quote the whole field and double the quotes inside");
            return BROKEN;
        }
        return fields;
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        int c = input.read();
        if (line == 1 && !pastByteOrderMark) {
            pastByteOrderMark = true;
            if (c == '\uFEFF') {
                c = input.read();
            }
        }
        return c;
    }

    private void unread(int c) {
        peeked = c;
    }
}
