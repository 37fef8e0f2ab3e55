package io.animecatalogue.search;

import io.animecatalogue.shared.Filters;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.ProblemError;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.ProblemType;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A checked search: the query text, the types to search (all when none are named) and how many hits to return. */
public record SearchRequest(String query, Set<SearchType> types, int limit) {

    public static final int MAX_QUERY_LENGTH = 200;
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;

    /** Every wrong parameter is reported at once, so that a form can mark all of them. */
    public static SearchRequest parse(String q, String type, String limit) {
        List<ProblemError> errors = new ArrayList<>();
        checkQuery(q, errors);
        Set<SearchType> types = parseTypes(type, errors);
        int parsedLimit = parseLimit(limit, errors);
        if (errors.size() == 1) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER,
                    "The parameter '" + errors.get(0).parameter() + "' is invalid.", errors);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, errors.size() + " parameters are invalid.", errors);
        }
        return new SearchRequest(q, types, parsedLimit);
    }

    private static void checkQuery(String q, List<ProblemError> errors) {
        if (q == null) {
            errors.add(ProblemError.parameter("q", "is required: the text to search for"));
        } else if (q.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            errors.add(ProblemError.parameter("q", "must contain something other than spaces"));
        } else if (q.codePointCount(0, q.length()) > MAX_QUERY_LENGTH) {
            errors.add(ProblemError.parameter("q", "must be at most " + MAX_QUERY_LENGTH + " characters long"));
        } else if (q.codePoints().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            // PostgreSQL text cannot hold NUL, and no title has control characters to match
            errors.add(ProblemError.parameter("q", "must not contain control characters"));
        }
    }

    private static Set<SearchType> parseTypes(String raw, List<ProblemError> errors) {
        if (raw == null) {
            return EnumSet.allOf(SearchType.class);
        }
        try {
            return Filters.codes(raw, SearchType.class, "type");
        } catch (ProblemException e) {
            errors.addAll(e.errors());
            return EnumSet.allOf(SearchType.class);
        }
    }

    private static int parseLimit(String raw, List<ProblemError> errors) {
        return PageRequest.parseLimit(raw, DEFAULT_LIMIT, MAX_LIMIT).orElseGet(() -> {
            errors.add(ProblemError.parameter("limit", PageRequest.limitRule(MAX_LIMIT)));
            return DEFAULT_LIMIT;
        });
    }
}
