package io.animecatalogue.http;

import io.animecatalogue.shared.JsonErrors;
import io.animecatalogue.shared.ProblemError;
import io.animecatalogue.shared.ProblemType;
import io.animecatalogue.shared.Problem;
import io.animecatalogue.shared.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
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
import java.util.Optional;
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
    /** The protection space named in {@code WWW-Authenticate} challenges. */
    static final String REALM = "anime-catalogue";

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(ProblemException exception, UriInfo uri) {
        if (exception.type() == ProblemType.SERVICE_UNAVAILABLE) {
            return serviceUnavailable(exception.getMessage(), uri).build();
        }
        return response(exception.type(), exception.getMessage(), exception.errors(), uri).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, UriInfo uri, Request request) {
        if (exception.getCause() instanceof JsonProcessingException json) {
            return unreadableBody(json, uri);
        }
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

    /** A body that is not JSON, or JSON of the wrong shape: where it went wrong, without Jackson's own words. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadableBody(JsonProcessingException exception, UriInfo uri) {
        if (exception instanceof StreamConstraintsException && exception.getMessage() != null
                && exception.getMessage().contains("Document length")) {
            return problem(BodyLimit.tooLarge(), uri);
        }
        return response(ProblemType.INVALID_BODY, "The request body cannot be read.", List.of(JsonErrors.describe(exception)), uri)
                .build();
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException exception, UriInfo uri) {
        return response(ProblemType.UNAUTHORIZED, "This request needs a bearer token (a JWT) in the Authorization header.",
                List.of(), uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"")
                .build();
    }

    /** RFC 6750 section 3.1: a token that is expired, forged or otherwise unusable is an {@code invalid_token}. */
    @ServerExceptionMapper
    public Response badCredentials(AuthenticationFailedException exception, UriInfo uri) {
        return response(ProblemType.UNAUTHORIZED, "The bearer token is invalid: expired, not yet valid, or not signed by "
                + "an issuer this service trusts.", List.of(), uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uri) {
        return response(ProblemType.FORBIDDEN, "Your token does not carry a role that may do this.", List.of(), uri).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, UriInfo uri) {
        if (isDatabaseUnavailable(exception)) {
            LOG.warnf("Database unavailable while serving %s: %s", uri.getPath(), exception.getMessage());
            return serviceUnavailable("The catalogue database cannot be reached right now. Try again shortly.", uri).build();
        }
        if (isCancelledForTime(exception)) {
            LOG.warnf("A statement serving %s ran past the read statement timeout and was cancelled", uri.getPath());
            return serviceUnavailable("The catalogue took too long to answer this request and stopped it. Try again shortly.", uri)
                    .build();
        }
        if (isStoppedByAConcurrentWrite(exception)) {
            LOG.infof("A write serving %s was stopped by the database to break a deadlock with another", uri.getPath());
            return serviceUnavailable("Another change to the same records was being written at the same moment, and the "
                    + "database stopped this one to let the other through; nothing was written. Send the request again.", uri)
                    .build();
        }
        Optional<Response> constraint = violatedConstraint(exception, uri);
        if (constraint.isPresent()) {
            return constraint.get();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected error %s while serving %s", errorId, uri.getPath());
        return response(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred. It was logged with id " + errorId + ".", List.of(), uri).build();
    }

    /** A 503 problem that tells the client when to try again. */
    static Response.ResponseBuilder serviceUnavailable(String detail, UriInfo uri) {
        return response(ProblemType.SERVICE_UNAVAILABLE, detail, List.of(), uri).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    static Response.ResponseBuilder response(ProblemType type, String detail, List<ProblemError> errors, UriInfo uri) {
        return Response.status(type.status())
                .type(PROBLEM_JSON)
                .entity(new Problem(type.uri(), type.title(), type.status(), detail, uri.getPath(), errors));
    }

    private static String webApplicationDetail(ProblemType type, UriInfo uri) {
        return switch (type) {
            case NOT_FOUND -> "Nothing is served at " + uri.getPath() + ".";
            case NOT_ACCEPTABLE -> "This resource can only be served as application/json.";
            case UNSUPPORTED_MEDIA_TYPE -> "This operation does not take a body of this media type (Content-Type); "
                    + "creates and replaces take application/json, patches application/merge-patch+json, imports "
                    + "application/x-ndjson or (releases) text/csv.";
            default -> type.title() + ".";
        };
    }

    /**
     * Two writers raced past their If-Match checks and the version column let only the first through; or the
     * service checks every rule before writing, so the database refusing a write means another request got there
     * first (the same slug created twice at once, a referenced row deleted meanwhile). Reported as a conflict, and
     * without the constraint's name or SQL.
     */
    private static Optional<Response> violatedConstraint(Throwable exception, UriInfo uri) {
        for (Throwable cause = exception; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof org.hibernate.StaleStateException) {
                return Optional.of(response(ProblemType.PRECONDITION_FAILED, "The resource changed while this request "
                        + "was being served; nothing was written. Read it again and retry.", List.of(), uri).build());
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("23514") || state.startsWith("22")) {
                    // a check constraint or a data exception: a rule the service should have reported member by member
                    LOG.warnf("Write to %s refused by a database rule the service did not check first: %s", uri.getPath(),
                            sql.getMessage());
                    return Optional.of(response(ProblemType.INVALID_BODY, "A value in the request breaks a rule of the "
                            + "catalogue; nothing was written.", List.of(), uri).build());
                }
                if (state.equals("23505") || state.equals("23503") || state.equals("23P01")) {
                    LOG.infof("Write to %s refused by the database: %s", uri.getPath(), sql.getMessage());
                    return Optional.of(response(ProblemType.CONFLICT, "The change conflicts with another change made at "
                            + "the same time (a value that must be unique, or a record it refers to). Read the resources "
                            + "again and retry.", List.of(), uri).build());
                }
            }
        }
        return Optional.empty();
    }

    /** PostgreSQL's query_canceled: a statement ran past its statement_timeout. */
    private static boolean isCancelledForTime(Throwable exception) {
        for (Throwable cause = exception; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 40, transaction rollback: a deadlock broken, or a serialization failure. The request was not at
     * fault and the same request may well succeed, so the client is told to retry rather than that the service broke.
     */
    private static boolean isStoppedByAConcurrentWrite(Throwable exception) {
        for (Throwable cause = exception; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
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
