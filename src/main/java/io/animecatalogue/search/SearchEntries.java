package io.animecatalogue.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The statements that find candidate entries in {@code search_entry} (migration V7), cheapest first. Each returns the
 * entries themselves; {@link SearchScore} scores them.
 */
final class SearchEntries {

    /** An entry: one form of one entity, in search form. */
    record Entry(SearchType type, UUID id, int formNumber, String slug, String form) {
    }

    private static final String COLUMNS = "select kind, entity_id, form_number, slug, form from search_entry ";
    /** Above every form that begins with a text, and below everything else. */
    private static final String AFTER_BEGINNING = Character.toString(Character.MAX_CODE_POINT);
    /**
     * A common word is inside thousands of forms, but those that begin with it were ranked before this pool is read,
     * so a bounded pool of the rest fills the places left, and keeps such a query from costing a scan of thousands.
     */
    static final int POOL = 1_000;

    private final Connection connection;
    private final Object kinds;

    SearchEntries(Connection connection, Set<SearchType> types) throws SQLException {
        this.connection = connection;
        this.kinds = connection.createArrayOf("text", types.stream().map(SearchEntries::kind).toArray());
    }

    static String kind(SearchType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /** The query as the entries hold their forms, by the database's own {@code search_form}. */
    String searchForm(String text) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select search_form(?)")) {
            statement.setString(1, text);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** Up to {@code count} forms equal to the query: one range of search_entry_length_idx (V9), as beginnings are. */
    List<Entry> whole(String query, int count) throws SQLException {
        return entries(COLUMNS + "where length(form) = ? and form = ? and kind = any(?) order by kind, slug, form_number limit ?",
                query.codePointCount(0, query.length()), query, kinds, count);
    }

    /**
     * Up to {@code count} forms that begin with the text, the whole text first, then shortest first: for each length
     * from the text's own upwards, the forms of that length that begin with it, one range of search_entry_length_idx
     * (V9) each, until {@code count} are found. A nested loop emits its outer rows' matches in the outer rows' order,
     * lengths ascending here, so the limit stops the loop at the first {@code count} in rank order; an {@code order by}
     * over the whole would make it read every length first.
     */
    List<Entry> beginning(String text, int count) throws SQLException {
        String sql = """
                select e.kind, e.entity_id, e.form_number, e.slug, e.form
                from generate_series(cast(? as integer), (select max(length(form)) from search_entry)) lengths(length),
                     lateral (select * from search_entry e
                              where length(e.form) = lengths.length and e.form >= ? and e.form < ? and e.kind = any(?)
                              order by e.kind, e.slug, e.form_number limit ?) e
                limit ?""";
        return entries(sql, text.codePointCount(0, text.length()), text, text + AFTER_BEGINNING, kinds, count, count);
    }

    /** A pool of the forms that contain every word of the query (of three characters or more) but do not begin with it. */
    List<Entry> containingWords(String query) throws SQLException {
        // a word shorter than a trigram would make the index read every entry; the score checks such words
        List<String> words = Arrays.stream(query.split(" ")).filter(word -> word.codePointCount(0, word.length()) >= 3).toList();
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder(COLUMNS).append("where ");
        for (String word : words.isEmpty() ? List.of(query) : words) {
            sql.append("form like ? and ");
            parameters.add("%" + escapeLike(word) + "%");
        }
        return pool(sql, parameters, query);
    }

    /** A pool of the forms that contain a piece of one or two native characters (夢, 大友) but do not begin with it. */
    List<Entry> containingPiece(String piece) throws SQLException {
        List<Object> parameters = new ArrayList<>(List.of(piece));
        // the index of short pieces holds only forms with non-ASCII text; naming its condition lets the planner use it
        StringBuilder sql = new StringBuilder(COLUMNS)
                .append("where form ~ '[^\\u0001-\\u007f]' and search_grams(form) @> array[cast(? as text)] and ");
        return pool(sql, parameters, piece);
    }

    private List<Entry> pool(StringBuilder sql, List<Object> parameters, String query) throws SQLException {
        sql.append("kind = any(?) and not (form >= ? and form < ?) limit ").append(POOL);
        parameters.add(kinds);
        parameters.add(query);
        parameters.add(query + AFTER_BEGINNING);
        return entries(sql.toString(), parameters.toArray());
    }

    /**
     * Near spellings: up to {@code count} forms, shortest first, that begin with the longest beginning of the query that
     * any form begins with, of at least {@code shortest} characters. Most typos leave the start of a word alone
     * ("labyrnth", "Katsuhiro Otomu"), and each beginning is one probe of the B-tree: a bounded cost, where comparing
     * the query with every form that shares a trigram with it cost milliseconds per thousand forms.
     */
    List<Entry> nearSpellings(String query, int shortest, int count) throws SQLException {
        int length = query.codePointCount(0, query.length());
        if (length - 1 < shortest) {
            return List.of();
        }
        String sql = """
                select left(?, max(k)) from generate_series(cast(? as integer), cast(? as integer)) k
                where exists (select from search_entry e where e.form >= left(?, k) and e.form < left(?, k) || ? and e.kind = any(?))""";
        String beginning;
        try (PreparedStatement statement = prepare(sql, query, shortest, length - 1, query, query, AFTER_BEGINNING, kinds);
             ResultSet row = statement.executeQuery()) {
            row.next();
            beginning = row.getString(1);
        }
        return beginning == null ? List.of() : beginning(beginning, count);
    }

    private List<Entry> entries(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet row = statement.executeQuery()) {
            List<Entry> entries = new ArrayList<>();
            while (row.next()) {
                entries.add(new Entry(SearchType.valueOf(row.getString(1).toUpperCase(Locale.ROOT)),
                        row.getObject(2, UUID.class), row.getInt(3), row.getString(4), row.getString(5)));
            }
            return entries;
        }
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /** Search forms drop %, _ and \ today; escaped anyway, so that they stay plain text should the form ever keep them. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
