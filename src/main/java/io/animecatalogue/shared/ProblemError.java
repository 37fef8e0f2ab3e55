package io.animecatalogue.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One wrong input: a query or path parameter, or a member of the request body addressed by a JSON Pointer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProblemError", description = "One wrong input. Exactly one of `parameter` and `pointer` is present; "
        + "`line` is present for a record of an imported file, and `pointer` then points into that record.",
        example = """
                {"parameter": "include", "detail": "unknown value 'everything'; allowed: segments, credits, releases"}""")
public record ProblemError(
        @Schema(description = "Name of the query or path parameter that is wrong.", example = "limit")
        String parameter,
        @Schema(description = "Line of the imported file (counting from 1) that holds the wrong record.", example = "42")
        Integer line,
        @Schema(description = "JSON Pointer (RFC 6901) to the member of the request body that is wrong.", example = "/segments/1/runtimeMinutes")
        String pointer,
        @Schema(description = "What is wrong with it.", example = "must be an integer from 1 to 100")
        String detail) {

    public ProblemError(String parameter, String pointer, String detail) {
        this(parameter, null, pointer, detail);
    }

    public static ProblemError line(int line, String pointer, String detail) {
        return new ProblemError(null, line, pointer, detail);
    }

    public static ProblemError parameter(String name, String detail) {
        return new ProblemError(name, null, detail);
    }

    public static ProblemError pointer(String pointer, String detail) {
        return new ProblemError(null, pointer, detail);
    }
}
