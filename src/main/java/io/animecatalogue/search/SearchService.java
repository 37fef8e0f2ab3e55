package io.animecatalogue.search;

import io.animecatalogue.database.ReadOnlyTransaction;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.Tagged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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

    /**
     * One table's candidates: the indexes on {@code search_text} find them, the best of their forms scores them. The
     * search text holds each non-null form in its search form, in order, joined by {@code |}, so the n-th of its parts
     * is the n-th form's: candidates are scored on those rather than on forms normalized again.
     */
    private static final String BRANCH = """
            select cast('{type}' as text) as type, t.id, t.slug, t.{title} as title, t.{title}_native as title_native,
                   {context} as context, t.version, {contextId} as context_id, {contextVersion} as context_version,
                   best.form as matched, best.score
            from {table} t{join}
            cross join lateral (
                select f.form, search_score(:query, (string_to_array(t.search_text, '|'))[f.number]) as score
                from (select u.form, row_number() over (order by u.position) as number
                      from unnest({forms}) with ordinality as u(form, position)
                      where u.form is not null) f
                order by score desc, f.number
                limit 1) best
            where t.id in (
                (select c.id from {table} c
                 where string_to_array(c.search_text, '|') @> array[cast(:query as text)]
                 limit :candidates){inside})
            """;

    /** The rows that contain the query, or resemble it, beyond those with a whole form equal to it. */
    private static final String INSIDE = """

                union all
                (select m.id from (select c.id, c.search_text from {table} c
                                   where {contains}
                                   limit {pool}) m
                 order by {nearest}
                 limit :candidates)""";

    /** Which rows can answer, and which of them come nearest: a cheap foretaste of {@code search_score}. */
    private record Match(String contains, String nearest) {
    }

    /** A form that begins with the query, then a word that does, then the shortest text: no trigram work per row. */
    private static final String NEAREST_CONTAINING = "strpos('|' || m.search_text, '|' || :query) = 0, "
            + "strpos(' ' || translate(m.search_text, '|', ' '), ' ' || :query) = 0, length(m.search_text)";

    /**
     * Three characters and more: the trigram index finds the forms that contain the query and, only when those are
     * fewer than the hits asked for, the near spellings too. Every form that contains the query scores above every one
     * that merely resembles it (see {@code search_score}), so near spellings could only fill places that containment
     * leaves empty; checking word similarity on the thousands of rows that share a trigram with a common word was most
     * of the cost of a search.
     */
    private static final Match CONTAINS = new Match("c.search_text like :pattern", NEAREST_CONTAINING);
    private static final Match CONTAINS_OR_RESEMBLES = new Match(CONTAINS.contains() + " or :query <% c.search_text",
            "m.search_text <->> :query");
    /**
     * One or two characters that are not Latin (夢, 大友): a word of their own in Japanese, found through the index of
     * the short pieces of native text (migration V6). Shorter Latin queries ("o") only match whole forms: the text of
     * almost every row contains them, which would answer nothing and cost a scan of every table.
     */
    private static final Match CONTAINS_NATIVE = new Match("search_grams(c.search_text) @> array[cast(:query as text)]",
            NEAREST_CONTAINING);
    private static final int TRIGRAM_MIN_LENGTH = 3;
    /**
     * Which of each table's matches are scored: those with a whole form equal to the query, and the nearest (see
     * {@link Match}) of a pool of the others. Scoring every match of a common word ("memory" in thousands of titles)
     * would take seconds on a large catalogue; ranking a bounded pool takes milliseconds. Scoring costs about 0.1 ms
     * a candidate, so each table scores twice as many as the hits asked for, which the pre-ranking makes enough.
     */
    static final int CANDIDATES_PER_HIT = 2;
    static final int POOL = 1_000;

    @Inject
    EntityManager entityManager;

    @ReadOnlyTransaction
    public Tagged<SearchResults> search(SearchRequest request) {
        String query = (String) entityManager.createNativeQuery("select search_form(:text)")
                .setParameter("text", request.query())
                .getSingleResult();
        EntityTags tags = EntityTags.forVariant("search\n" + request.query() + "\n" + request.types() + "\n" + request.limit());
        if (query.isEmpty()) {
            // only punctuation: nothing in any title can answer it, and an empty pattern would match everything
            return tags.tag(new SearchResults(request.query(), List.of()));
        }
        List<Object[]> rows;
        if (query.codePointCount(0, query.length()) >= TRIGRAM_MIN_LENGTH) {
            // pg_trgm's selectivity estimates are rough: for a common word the planner expects a sequential scan to
            // fill the pool soonest, and then computes word similarity for every row it passes. The trigram index
            // visits only rows that share trigrams with the query. Local to this read-only transaction.
            entityManager.createNativeQuery("set local enable_seqscan = off").executeUpdate();
            rows = hits(request, query, CONTAINS);
            if (rows.size() < request.limit()) {
                rows = hits(request, query, CONTAINS_OR_RESEMBLES);
            }
        } else {
            rows = hits(request, query, query.chars().allMatch(character -> character > 0x7f) ? CONTAINS_NATIVE : null);
        }
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

    /** The best hits, best first, as rows of the statement {@link #sql} makes. */
    @SuppressWarnings("unchecked")
    private List<Object[]> hits(SearchRequest request, String query, Match match) {
        var statement = entityManager.createNativeQuery(sql(request.types(), match))
                .setParameter("query", query)
                .setParameter("limit", request.limit())
                .setParameter("candidates", CANDIDATES_PER_HIT * request.limit());
        if (match != null && match.contains().contains(":pattern")) {
            statement.setParameter("pattern", "%" + escapeLike(query) + "%");
        }
        return statement.getResultList();
    }

    /** @param match the rows that contain the query and their nearest first, or null to find whole forms only */
    private static String sql(Set<SearchType> types, Match match) {
        String inside = match == null ? "" : INSIDE.replace("{contains}", match.contains()).replace("{nearest}", match.nearest());
        String branches = types.stream().map(type -> branch(type, inside))
                .collect(Collectors.joining("union all\n"));
        return "select type, id, slug, title, title_native, context, version, context_id, context_version, matched, "
                + "round(cast(score as numeric), 3) as score\n"
                + "from (\n" + branches + ") hit\n"
                + "where round(cast(score as numeric), 3) > 0\n"
                + "order by round(cast(score as numeric), 3) desc, type, slug\n"
                + "limit :limit";
    }

    private static String branch(SearchType type, String inside) {
        return switch (type) {
            case ANTHOLOGY -> branch(inside, "anthology", "title", "", "cast(null as text)", "cast(null as uuid)", "cast(null as bigint)");
            case SEGMENT -> branch(inside, "segment", "title", "\njoin anthology a on a.id = t.anthology_id", "a.title", "a.id", "a.version");
            case PERSON -> branch(inside, "person", "name", "", "cast(null as text)", "cast(null as uuid)", "cast(null as bigint)");
            case COMPANY -> branch(inside, "company", "name", "", "cast(null as text)", "cast(null as uuid)", "cast(null as bigint)");
        };
    }

    private static String branch(String inside, String table, String title, String join, String context, String contextId, String contextVersion) {
        String plural = title.equals("title") ? "titles" : "names";
        String forms = "array[t." + title + ", t." + title + "_native, t." + title + "_romanized] || t.alternate_" + plural;
        return BRANCH.replace("{inside}", inside)
                .replace("{type}", table)
                .replace("{table}", table)
                .replace("{title}", title)
                .replace("{join}", join)
                .replace("{context}", context)
                .replace("{contextId}", contextId)
                .replace("{contextVersion}", contextVersion)
                .replace("{forms}", forms)
                .replace("{pool}", String.valueOf(POOL));
    }

    /** Search forms drop %, _ and \ today; escaped anyway, so that they stay plain text should the form ever keep them. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
