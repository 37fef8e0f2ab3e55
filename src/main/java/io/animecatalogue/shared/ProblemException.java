package io.animecatalogue.shared;

import java.util.List;

/** Thrown wherever a request cannot be served; the HTTP layer ({@code http.ProblemMapper}) turns it into a problem response. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<ProblemError> errors;

    public ProblemException(ProblemType type, String detail, List<ProblemError> errors) {
        // No stack trace: these are expected outcomes of bad requests, not faults, and some are frequent.
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public static ProblemException notFound(String resource, String ref) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + resource + " has the id or slug '" + ref + "'.");
    }

    public static ProblemException invalidParameter(String name, String detail) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, "The parameter '" + name + "' is invalid.",
                List.of(ProblemError.parameter(name, detail)));
    }

    public ProblemType type() {
        return type;
    }

    public List<ProblemError> errors() {
        return errors;
    }
}
