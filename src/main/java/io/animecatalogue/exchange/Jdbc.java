package io.animecatalogue.exchange;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The few JDBC conversions the exchange needs. Import and export move whole tables, so they talk to PostgreSQL
 * directly rather than through entities: set-based statements, no session cache growing with the file.
 */
final class Jdbc {

    private Jdbc() {
    }

    static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof String[] texts) {
                statement.setArray(i + 1, connection.createArrayOf("text", texts));
            } else if (value instanceof UUID[] ids) {
                statement.setArray(i + 1, connection.createArrayOf("uuid", ids));
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }

    static List<String> texts(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static Short shortOrNull(ResultSet row, String column) throws SQLException {
        short value = row.getShort(column);
        return row.wasNull() ? null : value;
    }

    static Integer intOrNull(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    static Boolean booleanOrNull(ResultSet row, String column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }

    static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    static <E extends Enum<E>> E enumOrNull(ResultSet row, String column, Class<E> type) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    static <E extends Enum<E>> List<E> enums(ResultSet row, String column, Class<E> type) throws SQLException {
        return texts(row, column).stream().map(value -> Enum.valueOf(type, value)).toList();
    }

    /** A {@code text[]} literal of a list, for columns of arrays passed through {@code unnest} as text. */
    static String arrayLiteral(List<String> items) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            literal.append('"');
            String item = items.get(i);
            for (int j = 0; j < item.length(); j++) {
                char c = item.charAt(j);
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }
}
