package io.animecatalogue.shared;

import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything wrong with a request body, collected before anything is written so that a client can fix every member
 * in one round: Bean Validation's findings first, then the rules that need more than one member or the database.
 */
public final class Violations {

    private final List<ProblemError> errors = new ArrayList<>();

    private Violations() {
    }

    public static Violations none() {
        return new Violations();
    }

    /** The violations of the constraints declared on {@code body}'s members, in the order of their pointers. */
    public static Violations of(Validator validator, Object body) {
        Violations violations = new Violations();
        if (body == null) {
            return violations.add("", "a JSON object is required");
        }
        validator.validate(body).stream()
                .map(violation -> ProblemError.pointer(JsonPointers.of(violation.getPropertyPath()), violation.getMessage()))
                .sorted(Comparator.comparing((ProblemError error) -> error.pointer()).thenComparing(ProblemError::detail))
                .forEach(violations.errors::add);
        return violations;
    }

    public Violations add(String pointer, String detail) {
        errors.add(ProblemError.pointer(pointer, detail));
        return this;
    }

    /** Whether a member, or anything inside it, already has a violation; later rules about it would only repeat it. */
    public boolean concerns(String pointer) {
        return errors.stream().anyMatch(error -> error.pointer().equals(pointer) || error.pointer().startsWith(pointer + "/"));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** A 400 listing every violation, unless there are none. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_BODY, errors.size() == 1
                    ? "One member of the request body is invalid."
                    : errors.size() + " members of the request body are invalid.", errors);
        }
    }
}
