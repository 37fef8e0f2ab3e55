package io.animecatalogue.search;

import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.Tagged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Search in SQL, with the functions, columns and trigram indexes of the V3 migration: each table's index finds the rows
 * whose search text contains the query or resembles it, and each candidate is scored by the best of its forms.
 */
@ApplicationScoped
public class SearchService {

    /** One table's candidates: the trigram index on {@code search_text} finds them, the best of their forms scores them. */
    private static final String BRANCH = """
            select cast('{type}' as text) as type, t.id, t.slug, t.{title} as title, t.{title}_native as title_native,
                   {context} as context, t.version, {contextId} as context_id, {contextVersion} as context_version,
                   best.form as matched, best.score
            from {table} t{join}
            cross join lateral (
                select f.form, search_score(:query, search_form(f.form)) as score
                from unnest({forms}) with ordinality as f(form, position)
                where f.form is not null
                order by score desc, f.position
                limit 1) best
            where t.id in (
                (select c.id from {table} c
                 where string_to_array(c.search_text, '|') @> array[cast(:query as text)]
                 limit {candidates})
                union all
                (select m.id from (select c.id, c.search_text from {table} c
                                   where c.search_text like :pattern{fuzzy}
                                   limit {pool}) m
                 order by m.search_text <->> :query
                 limit {candidates}))
            """;

    /**
     * Near spellings are only looked for when the query has a trigram of its own: shorter queries (大友) find nothing
     * by similarity that their LIKE does not, and since no index can narrow them down, every row would be compared.
     */
    private static final String FUZZY = "\n   or :query <% c.search_text";
    private static final int FUZZY_MIN_LENGTH = 3;
    /**
     * Which of each table's matches are scored: those with a whole form equal to the query, and the nearest (by word
     * similarity) of a pool of the others. Scoring every match of a common word ("memory" in tens of thousands of
     * titles) would take seconds on a large catalogue; ranking a bounded pool by trigram distance takes milliseconds.
     */
    static final int CANDIDATES = 60;
    static final int POOL = 2_000;

    @Inject
    EntityManager entityManager;

    @Transactional
    public Tagged<SearchResults> search(SearchRequest request) {
        String query = (String) entityManager.createNativeQuery("select search_form(:text)")
                .setParameter("text", request.query())
                .getSingleResult();
        EntityTags tags = EntityTags.forVariant("search\n" + request.query() + "\n" + request.types() + "\n" + request.limit());
        if (query.isEmpty()) {
            // only punctuation: nothing in any title can answer it, and an empty pattern would match everything
            return tags.tag(new SearchResults(request.query(), List.of()));
        }
        boolean fuzzy = query.codePointCount(0, query.length()) >= FUZZY_MIN_LENGTH;
        if (fuzzy) {
            // pg_trgm's selectivity estimates are rough: for a common word the planner expects a sequential scan to
            // fill the pool soonest, and then computes word similarity for every row it passes. The trigram index
            // visits only rows that share trigrams with the query. Local to this read-only transaction.
            entityManager.createNativeQuery("set local enable_seqscan = off").executeUpdate();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql(request.types(), fuzzy))
                .setParameter("query", query)
                .setParameter("pattern", "%" + escapeLike(query) + "%")
                .setParameter("limit", request.limit())
                .getResultList();
        List<SearchHit> hits = new ArrayList<>();
        for (Object[] row : rows) {
            SearchType type = SearchType.valueOf(((String) row[0]).toUpperCase(Locale.ROOT));
            String slug = (String) row[2];
            hits.add(new SearchHit(type, (UUID) row[1], slug, (String) row[3], (String) row[4], (String) row[5],
                    (String) row[9], ((BigDecimal) row[10]).doubleValue(), type.path(slug)));
            // a segment's hit shows its anthology's title, so the anthology's version is part of the representation
            tags.add((UUID) row[1], ((Number) row[6]).longValue());
            if (row[7] != null) {
                tags.add((UUID) row[7], ((Number) row[8]).longValue());
            }
        }
        return tags.tag(new SearchResults(request.query(), hits));
    }

    private static String sql(Set<SearchType> types, boolean fuzzy) {
        String branches = types.stream().map(type -> branch(type).replace("{fuzzy}", fuzzy ? FUZZY : ""))
                .collect(Collectors.joining("union all\n"));
        return "select type, id, slug, title, title_native, context, version, context_id, context_version, matched, "
                + "round(cast(score as numeric), 3) as score\n"
                + "from (\n" + branches + ") hit\n"
                + "where round(cast(score as numeric), 3) > 0\n"
                + "order by round(cast(score as numeric), 3) desc, type, slug\n"
                + "limit :limit";
    }

    private static String branch(SearchType type) {
        return switch (type) {
            case ANTHOLOGY -> branch("anthology", "title", "", "cast(null as text)", "cast(null as uuid)", "cast(null as bigint)");
            case SEGMENT -> branch("segment", "title", "\njoin anthology a on a.id = t.anthology_id", "a.title", "a.id", "a.version");
            case PERSON -> branch("person", "name", "", "cast(null as text)", "cast(null as uuid)", "cast(null as bigint)");
            case COMPANY -> branch("company", "name", "", "cast(null as text)", "cast(null as uuid)", "cast(null as bigint)");
        };
    }

    private static String branch(String table, String title, String join, String context, String contextId, String contextVersion) {
        String plural = title.equals("title") ? "titles" : "names";
        String forms = "array[t." + title + ", t." + title + "_native, t." + title + "_romanized] || t.alternate_" + plural;
        return BRANCH.replace("{type}", table)
                .replace("{table}", table)
                .replace("{title}", title)
                .replace("{join}", join)
                .replace("{context}", context)
                .replace("{contextId}", contextId)
                .replace("{contextVersion}", contextVersion)
                .replace("{forms}", forms)
                .replace("{candidates}", String.valueOf(CANDIDATES))
                .replace("{pool}", String.valueOf(POOL));
    }

    /** Search forms drop %, _ and \ today; escaped anyway, so that they stay plain text should the form ever keep them. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
