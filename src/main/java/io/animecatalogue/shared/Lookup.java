package io.animecatalogue.shared;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * How the rules of a draft learn what one of its references names, so that the same rules serve every way in: the API
 * asks the database (by id or slug), an import asks the slugs it has met, without a query per record.
 *
 * @param <T> what the one asking needs back: an entity for the API, a registry entry for an import
 */
@FunctionalInterface
public interface Lookup<T> {

    Result<T> find(String reference);

    sealed interface Result<T> permits Found, Missing, Refused {
    }

    /**
     * @param key equal for two references to the same thing, whichever way each names it (an id, a slug), so that
     *            the rules can tell when a list names one thing twice
     */
    record Found<T>(Object key, T value) implements Result<T> {
    }

    /** Nothing of the type has that name. */
    record Missing<T>() implements Result<T> {
    }

    /** The reference cannot be followed, for a reason only the one looking knows; {@code detail} says which. */
    record Refused<T>(String detail) implements Result<T> {
    }

    /**
     * A lookup in the database by id (a UUID) or slug, keyed by the row's id.
     *
     * @param type what the reference must name, for the message: "company"
     */
    static <E> Lookup<E> byIdOrSlug(String type, Function<UUID, Optional<E>> byId, Function<String, Optional<E>> bySlug,
                                    Function<E, UUID> idOf) {
        return raw -> {
            Optional<Ref> ref = Ref.tryParse(raw);
            if (ref.isEmpty()) {
                return new Refused<>("must be the id (a UUID) or slug of " + ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type);
            }
            return ref.get().find(byId, bySlug).<Result<E>>map(found -> new Found<>(idOf.apply(found), found))
                    .orElseGet(Missing::new);
        };
    }
}
