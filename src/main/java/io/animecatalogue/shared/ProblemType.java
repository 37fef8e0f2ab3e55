package io.animecatalogue.shared;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/**
 * The kinds of problem this API reports. Each {@code type} URI is documented in the OpenAPI description of the
 * {@link Problem} schema, so a client can branch on it instead of parsing {@code detail}.
 */
public enum ProblemType {
    INVALID_PARAMETER(Status.BAD_REQUEST, "invalid-parameter", "Invalid parameter"),
    INVALID_REQUEST(Status.BAD_REQUEST, "invalid-request", "Invalid request"),
    INVALID_BODY(Status.BAD_REQUEST, "invalid-body", "Invalid request body"),
    INVALID_IMPORT(Status.BAD_REQUEST, "invalid-import", "Invalid import"),
    UNAUTHORIZED(Status.UNAUTHORIZED, "unauthorized", "Unauthorized"),
    FORBIDDEN(Status.FORBIDDEN, "forbidden", "Forbidden"),
    NOT_FOUND(Status.NOT_FOUND, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(Status.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(Status.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable"),
    CONFLICT(Status.CONFLICT, "conflict", "Conflict"),
    PRECONDITION_FAILED(Status.PRECONDITION_FAILED, "precondition-failed", "Precondition failed"),
    PRECONDITION_REQUIRED(Status.PRECONDITION_REQUIRED, "precondition-required", "Precondition required"),
    PAYLOAD_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "Payload too large"),
    URI_TOO_LONG(Status.REQUEST_URI_TOO_LONG, "uri-too-long", "URI too long"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "Request header fields too large"),
    UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
    TOO_MANY_REQUESTS(Status.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests"),
    INTERNAL_ERROR(Status.INTERNAL_SERVER_ERROR, "internal-error", "Internal error"),
    SERVICE_UNAVAILABLE(Status.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable");

    public static final String URI_PREFIX = "/problems/";

    private final Response.StatusType status;
    private final String uri;
    private final String title;

    /** For a status JAX-RS has no constant for. */
    ProblemType(int status, String slug, String title) {
        this(Status.fromStatusCode(status) != null ? Status.fromStatusCode(status) : new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return status;
            }

            @Override
            public Status.Family getFamily() {
                return Status.Family.familyOf(status);
            }

            @Override
            public String getReasonPhrase() {
                return title;
            }
        }, slug, title);
    }

    ProblemType(Response.StatusType status, String slug, String title) {
        this.status = status;
        this.uri = URI_PREFIX + slug;
        this.title = title;
    }

    public Response.StatusType status() {
        return status;
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    /** The type to report for a status that reached us without one (from the HTTP layer itself). */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status.getStatusCode() == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : INVALID_REQUEST;
    }
}
