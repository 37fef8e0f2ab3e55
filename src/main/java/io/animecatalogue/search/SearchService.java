package io.animecatalogue.search;

import io.animecatalogue.database.Reads;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.Tagged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Search over the entries of migration V7, every title and name in search form. The hits come from up to three
 * statements, each run only when those before it leave places empty: whole forms and their beginnings, from B-tree
 * ranges in rank order (V9); forms that contain the query or its words, through the trigram index; near spellings.
 * The tiers of {@link SearchScore} never overlap, so a later statement only adds hits below those found already, and a
 * query for a common word is answered by the first.
 */
@ApplicationScoped
public class SearchService {

    /** Rows read per hit asked for: an entity can have several forms that answer, such as a title and its romanization. */
    private static final int ENTRIES_PER_HIT = 3;
    private static final int TRIGRAM = 3;

    /** What a hit shows, by type: its titles, its context (a segment's anthology), its forms and the versions its ETag covers. */
    private static final Map<SearchType, String> SHOWN = Map.of(
            SearchType.ANTHOLOGY, "select t.id, t.slug, t.title, t.title_native, null, t.version, null, null, "
                    + "array[t.title, t.title_native, t.title_romanized] || t.alternate_titles from anthology t where t.id = any(?)",
            SearchType.SEGMENT, "select t.id, t.slug, t.title, t.title_native, a.title, t.version, a.id, a.version, "
                    + "array[t.title, t.title_native, t.title_romanized] || t.alternate_titles "
                    + "from segment t join anthology a on a.id = t.anthology_id where t.id = any(?)",
            SearchType.PERSON, "select t.id, t.slug, t.name, t.name_native, null, t.version, null, null, "
                    + "array[t.name, t.name_native, t.name_romanized] || t.alternate_names from person t where t.id = any(?)",
            SearchType.COMPANY, "select t.id, t.slug, t.name, t.name_native, null, t.version, null, null, "
                    + "array[t.name, t.name_native, t.name_romanized] || t.alternate_names from company t where t.id = any(?)");

    @Inject
    Reads reads;

    /**
     * On the read side's pool, outside a transaction, each statement on its own: a search reads entries and then the
     * rows they name, and a row deleted in between is left out of the hits. A transaction around them cost a fifth of
     * a search's time.
     */
    public Tagged<SearchResults> search(SearchRequest request) {
        return reads.withConnection(connection -> search(connection, request));
    }

    private static Tagged<SearchResults> search(Connection connection, SearchRequest request) throws SQLException {
        EntityTags tags = EntityTags.forVariant("search\n" + request.query() + "\n" + request.types() + "\n" + request.limit());
        SearchEntries entries = new SearchEntries(connection, request.types());
        String query = entries.searchForm(request.query());
        if (query.isEmpty()) {
            // only punctuation: nothing in any title can answer it, and an empty pattern would match everything
            return tags.tag(new SearchResults(request.query(), List.of()));
        }
        Ranking ranking = new Ranking(query, request.limit());
        int length = query.codePointCount(0, query.length());
        if (length < TRIGRAM && query.chars().anyMatch(character -> character <= 0x7f)) {
            // one or two Latin letters are inside almost every form: they answer only as a whole form
            ranking.addShortestFirst(count -> entries.whole(query, count));
        } else {
            ranking.addShortestFirst(count -> entries.beginning(query, count));
            if (!ranking.isFull()) {
                // one or two native characters (夢, 大友) are a word in Japanese, with an index of their own
                ranking.add(length >= TRIGRAM ? entries.containingWords(query) : entries.containingPiece(query));
            }
            if (!ranking.isFull()) {
                ranking.add(entries.nearSpellings(query, TRIGRAM, ENTRIES_PER_HIT * request.limit()));
            }
        }
        return tags.tag(new SearchResults(request.query(), shown(connection, ranking.best(), tags)));
    }

    /** A hit found so far: an entity, by its best form. */
    private record Ranked(SearchEntries.Entry entry, BigDecimal score) {
    }

    /** The best form of each entity found so far. */
    private static final class Ranking {

        /** Best first; equal scores by type (as the API spells it), then slug. */
        private static final Comparator<Ranked> ORDER = Comparator.comparing(Ranked::score).reversed()
                .thenComparing(hit -> SearchEntries.kind(hit.entry().type()))
                .thenComparing(hit -> hit.entry().slug());

        private final String query;
        private final int limit;
        private final Map<UUID, Ranked> best = new HashMap<>();

        Ranking(String query, int limit) {
            this.query = query;
            this.limit = limit;
        }

        boolean isFull() {
            return best.size() >= limit;
        }

        void add(List<SearchEntries.Entry> entries) {
            for (SearchEntries.Entry entry : entries) {
                Ranked hit = new Ranked(entry, SearchScore.of(query, entry.form()));
                best.merge(entry.id(), hit, (earlier, later) -> later.score().compareTo(earlier.score()) > 0
                        || later.score().compareTo(earlier.score()) == 0 && later.entry().formNumber() < earlier.entry().formNumber()
                        ? later : earlier);
            }
        }

        /**
         * From a statement that returns forms shortest first, so best first: enough of them for {@code limit} entities,
         * reading more only when some entities came with several forms.
         */
        void addShortestFirst(Fetch fetch) throws SQLException {
            int count = ENTRIES_PER_HIT * limit;
            List<SearchEntries.Entry> entries = fetch.entries(count);
            add(entries);
            while (!isFull() && entries.size() == count) {
                count *= 4;
                entries = fetch.entries(count);
                add(entries);
            }
        }

        List<Ranked> best() {
            return best.values().stream().sorted(ORDER).limit(limit).toList();
        }
    }

    @FunctionalInterface
    private interface Fetch {
        List<SearchEntries.Entry> entries(int count) throws SQLException;
    }

    /** The hits as the API shows them, in rank order, from one statement. */
    private static List<SearchHit> shown(Connection connection, List<Ranked> ranked, EntityTags tags) throws SQLException {
        Map<SearchType, List<Object>> idsByType = ranked.stream().collect(Collectors.groupingBy(hit -> hit.entry().type(),
                Collectors.mapping(hit -> hit.entry().id(), Collectors.toList())));
        List<SearchType> types = idsByType.keySet().stream().sorted().toList();
        Map<Object, Object[]> rows = new HashMap<>();
        if (!types.isEmpty()) {
            String sql = types.stream().map(SHOWN::get).collect(Collectors.joining("\nunion all\n"));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < types.size(); i++) {
                    statement.setArray(i + 1, connection.createArrayOf("uuid", idsByType.get(types.get(i)).toArray()));
                }
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        rows.put(row.getObject(1), new Object[]{row.getString(2), row.getString(3), row.getString(4),
                                row.getString(5), row.getLong(6), row.getObject(7), row.getLong(8), row.getArray(9).getArray()});
                    }
                }
            }
        }
        List<SearchHit> hits = new ArrayList<>();
        for (Ranked hit : ranked) {
            SearchEntries.Entry entry = hit.entry();
            Object[] row = rows.get(entry.id());
            if (row == null) {
                continue;
            }
            String slug = (String) row[0];
            hits.add(new SearchHit(entry.type(), entry.id(), slug, (String) row[1], (String) row[2], (String) row[3],
                    matched((String[]) row[7], entry.formNumber()), SearchScore.shown(hit.score()), entry.type().path(slug)));
            tags.add(entry.id(), (Long) row[4]);
            if (row[5] != null) {
                // a segment's hit shows its anthology's title, so the anthology's version is part of the representation
                tags.add((UUID) row[5], (Long) row[6]);
            }
        }
        return hits;
    }

    /** The stored form an entry's number counts to: the n-th of the row's non-null forms. */
    private static String matched(String[] forms, int formNumber) {
        return Arrays.stream(forms).filter(Objects::nonNull).skip(formNumber - 1L).findFirst().orElse(null);
    }
}
