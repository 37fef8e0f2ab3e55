package io.animecatalogue.database;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The few JDBC conversions needed where the service talks to PostgreSQL directly rather than through entities: import
 * and export, which move whole tables in set-based statements with no session cache growing with the file, and the
 * read side ({@link Reads}).
 */
public final class Jdbc {

    private Jdbc() {
    }

    /** Runs a statement that takes no parameters and returns no rows, such as DDL or a savepoint. */
    public static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    public static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        bind(statement, parameters);
        return statement;
    }

    /** Arrays of text, ids and numbers, and collections of ids, travel as PostgreSQL arrays. */
    static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        Connection connection = statement.getConnection();
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof String[] texts) {
                statement.setArray(i + 1, connection.createArrayOf("text", texts));
            } else if (value instanceof UUID[] ids) {
                statement.setArray(i + 1, connection.createArrayOf("uuid", ids));
            } else if (value instanceof Long[] numbers) {
                statement.setArray(i + 1, connection.createArrayOf("int8", numbers));
            } else if (value instanceof Collection<?> ids) {
                statement.setArray(i + 1, connection.createArrayOf("uuid", ids.toArray()));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    public static List<String> texts(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    public static Short shortOrNull(ResultSet row, String column) throws SQLException {
        short value = row.getShort(column);
        return row.wasNull() ? null : value;
    }

    public static Integer intOrNull(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    public static Boolean booleanOrNull(ResultSet row, String column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    public static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    public static <E extends Enum<E>> E enumOrNull(ResultSet row, String column, Class<E> type) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    public static <E extends Enum<E>> List<E> enums(ResultSet row, String column, Class<E> type) throws SQLException {
        return texts(row, column).stream().map(value -> Enum.valueOf(type, value)).toList();
    }

    /** A {@code text[]} literal of a list, for columns of arrays passed through {@code unnest} as text. */
    public static String arrayLiteral(List<String> items) {
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
