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

    /**
     * Follows a reference of a draft. A value that names nothing of the type, or that the lookup refuses, is a
     * violation at {@code pointer}, and the result is null; so is a value left out or already found wrong.
     *
     * @param type what the member must name, for the message: "company"
     */
    public <E> Lookup.Found<E> reference(String pointer, String raw, Lookup<E> lookup, String type) {
        if (raw == null || concerns(pointer)) {
            return null;
        }
        Lookup.Result<E> result = lookup.find(raw);
        if (result instanceof Lookup.Found<E> found) {
            return found;
        }
        add(pointer, result instanceof Lookup.Refused<E> refused ? refused.detail() : "no " + type + " has the id or slug '" + raw + "'");
        return null;
    }

    public Violations add(String pointer, String detail) {
        errors.add(ProblemError.pointer(pointer, detail));
        return this;
    }

    /** Whether a member, or anything inside it, already has a violation; later rules about it would only repeat it. */
    public boolean concerns(String pointer) {
        return errors.stream().anyMatch(error -> error.pointer().equals(pointer) || error.pointer().startsWith(pointer + "/"));
    }

    /** Whether the member itself, not only something inside it, already has a violation. */
    public boolean has(String pointer) {
        return errors.stream().anyMatch(error -> error.pointer().equals(pointer));
    }

    /** The violations found so far, in the order they were found. */
    public List<ProblemError> list() {
        return List.copyOf(errors);
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
