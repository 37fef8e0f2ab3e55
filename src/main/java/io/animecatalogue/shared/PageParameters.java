package io.animecatalogue.shared;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Optional;

/**
 * The paging query parameters every list takes. They arrive as text and are checked here, so that a malformed
 * value is a 400 naming the parameter rather than the 404 JAX-RS gives for a failed conversion.
 */
public class PageParameters {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final String TOTAL = "total";

    @QueryParam("limit")
    @Parameter(description = "How many items to return, from 1 to " + MAX_LIMIT + ".", example = "20",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    public String limit;

    @QueryParam(Cursor.PARAMETER)
    @Parameter(description = "Where to continue: the `page.next` value of the previous page (also in its `Link: rel=\"next\"` header). "
            + "Omit for the first page.", example = "WyJuZW8tdG9reW8iLCIwMWEyMDFlZi1lYWVlLTdhYWItOTljNi1mMjczYzY5YjZmMTAiLCJLem5VUDQzZWxkUUJKSXNtIl0")
    public String cursor;

    @QueryParam(TOTAL)
    @Parameter(description = "`true` to have `page.total` counted. Counting every item a filter selects can cost more "
            + "than the page itself, so lists count only when asked; otherwise `page.total` is null.", example = "true",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String total;

    public PageRequest toRequest() {
        return new PageRequest(parseLimit(), Optional.ofNullable(cursor).map(Cursor::decode), Filters.flag(total, TOTAL));
    }

    private int parseLimit() {
        return parseLimit(limit, DEFAULT_LIMIT, MAX_LIMIT)
                .orElseThrow(() -> ProblemException.invalidParameter("limit", limitRule(MAX_LIMIT)));
    }

    /** The one reading of a {@code limit}: absent means the default, anything but a whole number in range is wrong. */
    public static Optional<Integer> parseLimit(String raw, int defaultLimit, int maxLimit) {
        if (raw == null) {
            return Optional.of(defaultLimit);
        }
        try {
            int value = Integer.parseInt(raw.trim());
            return value >= 1 && value <= maxLimit ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static String limitRule(int maxLimit) {
        return "must be an integer from 1 to " + maxLimit;
    }
}
