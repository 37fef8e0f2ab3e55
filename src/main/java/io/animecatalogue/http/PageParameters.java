package io.animecatalogue.http;

import io.animecatalogue.shared.Filters;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.Cursor;
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
        return PageRequest.parseLimit(limit, DEFAULT_LIMIT, MAX_LIMIT)
                .orElseThrow(() -> ProblemException.invalidParameter("limit", PageRequest.limitRule(MAX_LIMIT)));
    }
}
