package io.animecatalogue.shared;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The one place where failures become HTTP responses: every error leaves as {@code application/problem+json}, and
 * nothing about the server's insides (stack traces, SQL, class names) reaches the client.
 */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    /** How long a client should wait before retrying when the database cannot be reached. */
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException exception, UriInfo uri) {
        return response(exception.type(), exception.getMessage(), exception.errors(), uri).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, UriInfo uri, Request request) {
        int status = exception.getResponse().getStatus();
        if (status == Status.NOT_FOUND.getStatusCode() || status == Status.METHOD_NOT_ALLOWED.getStatusCode()) {
            Set<String> allowed = AllowedMethods.on(uri.getPath());
            if (!allowed.isEmpty() && !allowed.contains(request.getMethod())) {
                String allow = String.join(", ", allowed);
                return response(ProblemType.METHOD_NOT_ALLOWED, "This path does not support " + request.getMethod()
                        + "; it supports " + allow + ".", List.of(), uri)
                        .header(HttpHeaders.ALLOW, allow)
                        .build();
            }
        }
        ProblemType type = ProblemType.forStatus(status);
        return response(type, webApplicationDetail(type, uri), List.of(), uri).status(status).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, UriInfo uri) {
        if (isDatabaseUnavailable(exception)) {
            LOG.warnf("Database unavailable while serving %s: %s", uri.getPath(), exception.getMessage());
            return response(ProblemType.SERVICE_UNAVAILABLE,
                    "The catalogue database cannot be reached right now. Try again shortly.", List.of(), uri)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected error %s while serving %s", errorId, uri.getPath());
        return response(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred. It was logged with id " + errorId + ".", List.of(), uri).build();
    }

    static Response.ResponseBuilder response(ProblemType type, String detail, List<ProblemError> errors, UriInfo uri) {
        return Response.status(type.status())
                .type(PROBLEM_JSON)
                .entity(new Problem(type.uri(), type.title(), type.status().getStatusCode(), detail, uri.getPath(), errors));
    }

    private static String webApplicationDetail(ProblemType type, UriInfo uri) {
        return switch (type) {
            case NOT_FOUND -> "Nothing is served at " + uri.getPath() + ".";
            case NOT_ACCEPTABLE -> "This resource can only be served as application/json.";
            case UNSUPPORTED_MEDIA_TYPE -> "This request body media type is not supported here.";
            default -> type.title() + ".";
        };
    }

    /** Connection failures, whichever layer (pool, driver, Hibernate) reports them. */
    static boolean isDatabaseUnavailable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    // class 08: connection exception; 57P01-57P03: the server is shutting down or starting up
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
