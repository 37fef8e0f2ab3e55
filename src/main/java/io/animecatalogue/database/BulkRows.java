package io.animecatalogue.database;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rows for one table, written in a single statement: every column travels as one text array and {@code unnest} turns
 * them back into rows, so a chunk of thousands of rows costs one round trip and one plan. With a conflict key the
 * statement is an upsert that changes a row (and its version) only when some value differs. Into the bare tables of
 * a {@link Restore}, where every row is new, they are copied instead: {@code COPY} is the cheapest way in.
 */
public final class BulkRows {

    private final String table;
    private final List<String> names = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final List<List<String>> columns = new ArrayList<>();
    private String conflictKey;
    private List<String> keyColumns = List.of();
    private boolean versioned;

    /** @param columns each as "name type", such as "alternate_names text[]" */
    public BulkRows(String table, String... columns) {
        this.table = table;
        for (String column : columns) {
            String[] parts = column.split(" ", 2);
            names.add(parts[0]);
            types.add(parts[1]);
            this.columns.add(new ArrayList<>());
        }
    }

    /** Upsert on this key; the other columns (but the id) are updated, and the version raised, when they differ. */
    public BulkRows onConflict(String... key) {
        conflictKey = String.join(", ", key);
        keyColumns = Arrays.asList(key);
        versioned = true;
        return this;
    }

    /** Values in column order: strings, numbers, booleans, dates, UUIDs, enums (by name) or lists of strings. */
    public void add(Object... values) {
        for (int i = 0; i < values.length; i++) {
            columns.get(i).add(encode(values[i]));
        }
    }

    public boolean isEmpty() {
        return columns.get(0).isEmpty();
    }

    public int size() {
        return columns.get(0).size();
    }

    public void write(Connection connection) throws SQLException {
        if (isEmpty()) {
            return;
        }
        String placeholders = names.stream().map(name -> "?::text[]").collect(Collectors.joining(", "));
        List<String> casts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            casts.add(types.get(i).equals("text") ? "r." + names.get(i) : "r." + names.get(i) + "::" + types.get(i));
        }
        StringBuilder sql = new StringBuilder("insert into ").append(table).append(" (").append(String.join(", ", names))
                .append(") select ").append(String.join(", ", casts)).append(" from unnest(").append(placeholders)
                .append(") as r(").append(String.join(", ", names)).append(")");
        if (conflictKey != null) {
            List<String> updated = names.stream().filter(name -> !name.equals("id") && !keyColumns.contains(name)).toList();
            sql.append(" on conflict (").append(conflictKey).append(") do update set ")
                    .append(updated.stream().map(name -> name + " = excluded." + name).collect(Collectors.joining(", ")));
            if (versioned) {
                sql.append(", version = ").append(table).append(".version + 1, updated_at = now()");
            }
            sql.append(" where (").append(updated.stream().map(name -> table + "." + name).collect(Collectors.joining(", ")))
                    .append(") is distinct from (")
                    .append(updated.stream().map(name -> "excluded." + name).collect(Collectors.joining(", "))).append(")");
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < columns.size(); i++) {
                statement.setArray(i + 1, connection.createArrayOf("text", columns.get(i).toArray()));
            }
            statement.executeUpdate();
        }
    }

    /** The rows as new ones, by {@code COPY ... FROM STDIN} in text format. */
    public void copy(Connection connection) throws SQLException {
        if (isEmpty()) {
            return;
        }
        // Straight into UTF-8 bytes, sent in blocks as they fill: a chunk's text in one StringBuilder, grown again and
        // again and then copied to a String and read back through a Reader, was 15% of the service's CPU samples in a
        // 20,000-anthology restore.
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " ("
                + String.join(", ", names) + ") from stdin");
        try {
            CopyBuffer buffer = new CopyBuffer(copy);
            for (int row = 0; row < size(); row++) {
                for (int column = 0; column < columns.size(); column++) {
                    if (column > 0) {
                        buffer.put((byte) '\t');
                    }
                    buffer.putField(columns.get(column).get(row));
                }
                buffer.put((byte) '\n');
            }
            buffer.flush();
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** COPY text format, encoded as it is written, and handed to the connection a block at a time. */
    private static final class CopyBuffer {

        private static final int BLOCK = 64 * 1024;

        private final CopyIn copy;
        private final byte[] block = new byte[BLOCK];
        private int length;

        CopyBuffer(CopyIn copy) {
            this.copy = copy;
        }

        void put(byte b) throws SQLException {
            if (length == BLOCK) {
                flush();
            }
            block[length++] = b;
        }

        void putField(String value) throws SQLException {
            if (value == null) {
                put((byte) '\\');
                put((byte) 'N');
                return;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c >= 0x80) {
                    // the rest in UTF-8, whose bytes of a character beyond ASCII are never the ASCII ones escaped here
                    for (byte b : value.substring(i).getBytes(StandardCharsets.UTF_8)) {
                        putEscaped(b);
                    }
                    return;
                }
                putEscaped((byte) c);
            }
        }

        private void putEscaped(byte b) throws SQLException {
            switch (b) {
                case '\\' -> { put((byte) '\\'); put((byte) '\\'); }
                case '\n' -> { put((byte) '\\'); put((byte) 'n'); }
                case '\r' -> { put((byte) '\\'); put((byte) 'r'); }
                case '\t' -> { put((byte) '\\'); put((byte) 't'); }
                default -> put(b);
            }
        }

        void flush() throws SQLException {
            if (length > 0) {
                copy.writeToCopy(block, 0, length);
                length = 0;
            }
        }
    }

    private static String encode(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return Jdbc.arrayLiteral(list.stream().map(item -> item instanceof Enum<?> e ? e.name() : item.toString()).toList());
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }
}
