package io.animecatalogue.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem details body, the shape of every error this API returns. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = """
        An error, as RFC 9457 problem details (media type `application/problem+json`). Branch on `type`; \
        `detail` is for people. Types: `/problems/invalid-parameter` (400, a query or path parameter is wrong; \
        `errors` names it), `/problems/invalid-request` (400, the request itself is malformed), \
        `/problems/invalid-body` (400, the body is not valid JSON or breaks a rule; `errors` has one entry per member, \
        with a JSON Pointer), `/problems/invalid-import` (400, records of an imported file are wrong and nothing was \
        written; `errors` has one entry per problem, with the `line` and a JSON Pointer into that line's record), \
        `/problems/unauthorized` (401, no valid bearer token), `/problems/forbidden` (403, the \
        token lacks the role), `/problems/not-found` (404), `/problems/method-not-allowed` (405), \
        `/problems/not-acceptable` (406), `/problems/conflict` (409, the request conflicts with what the catalogue \
        holds: a slug in use, or records that still refer to what you delete), `/problems/precondition-failed` \
        (412, `If-Match` names an older version), `/problems/payload-too-large` (413), \
        `/problems/uri-too-long` (414), `/problems/unsupported-media-type` (415), \
        `/problems/precondition-required` (428, send `If-Match`), `/problems/too-many-requests` (429, retry after the \
        `Retry-After` header), `/problems/headers-too-large` (431), `/problems/internal-error` (500), \
        `/problems/service-unavailable` (503, retry after the `Retry-After` header).""",
        example = """
                {"type": "/problems/invalid-parameter", "title": "Invalid parameter", "status": 400, \
                "detail": "The query parameter 'limit' is invalid.", "instance": "/api/v1/anthologies", \
                "errors": [{"parameter": "limit", "detail": "must be an integer from 1 to 100"}]}""")
public record Problem(
        @Schema(description = "URI reference identifying the kind of problem.", example = "/problems/not-found")
        String type,
        @Schema(description = "Short summary of the kind of problem; the same for every occurrence of a type.", example = "Not found")
        String title,
        @Schema(description = "The HTTP status code.", example = "404")
        int status,
        @Schema(description = "What went wrong with this request, for a person to read.", example = "No anthology has the id or slug 'memoirs'.")
        String detail,
        @Schema(description = "The path of the request that failed.", example = "/api/v1/anthologies/memoirs")
        String instance,
        @Schema(description = "One entry per wrong parameter or member, when the problem is about input.")
        List<ProblemError> errors) {
}
