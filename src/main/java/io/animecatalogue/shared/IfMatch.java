package io.animecatalogue.shared;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.LockModeType;

import java.util.Arrays;
import java.util.function.Function;

/**
 * The {@code If-Match} precondition every change of an existing resource must carry. Without it two editors who both
 * loaded version 3 could each save over the other; with it the second one gets a 412 and reloads. A change sent
 * without the header is refused with 428 rather than applied blindly, so that no client can lose an edit by omission.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private final String header;

    private IfMatch(String header) {
        this.header = header;
    }

    public static IfMatch of(String header) {
        return new IfMatch(header == null || header.isBlank() ? null : header.trim());
    }

    /**
     * Locks the entity's row until the transaction ends, reads it again as it now is, and checks the header against
     * that. Concurrent writers of one resource then go one after the other, so {@code If-Match: *} never loses a race
     * (it holds whenever the resource exists, RFC 9110 13.1.1) and an ETag is compared with the version this request
     * is about to change. Without the lock, the version column refused the later of two racing writers with a 412 even
     * when its precondition held.
     */
    public <E> E lockAndCheck(E entity, Function<E, Tag> tagOf) {
        requirePresent();
        Panache.getEntityManager().refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        check(tagOf.apply(entity));
        return entity;
    }

    /** Passes when the header names {@code current} (strong comparison, RFC 9110 13.1.1) or is {@code *}. */
    public void check(Tag current) {
        requirePresent();
        if (header.equals("*")) {
            return;
        }
        String expected = current.quoted();
        boolean matches = Arrays.stream(header.split(","))
                .map(String::trim)
                .anyMatch(expected::equals);
        if (!matches) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "The resource has changed since the version "
                    + "If-Match names; nothing was written. Read it again, reapply your change and send the new ETag.");
        }
    }

    private void requirePresent() {
        if (header == null) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "Changes need an If-Match header with the ETag "
                    + "of the version you are changing (from your last GET or write of it), so that they cannot overwrite "
                    + "someone else's change unseen.");
        }
    }
}
