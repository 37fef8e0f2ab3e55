package io.animecatalogue.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * How a URL names one resource: by its id (a UUID) or by its slug. The two never collide because a slug may not
 * have the shape of a UUID.
 */
public sealed interface Ref {

    Pattern UUID_PATTERN = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    record Id(UUID value) implements Ref {
        @Override
        public String toString() {
            return value.toString();
        }
    }

    record Slug(String value) implements Ref {
        @Override
        public String toString() {
            return value;
        }
    }

    /**
     * Looks the resource up by whichever of id or slug this is.
     *
     * @param resource what is looked up, for the 404 detail ("anthology")
     */
    default <E> E resolve(Function<UUID, Optional<E>> byId, Function<String, Optional<E>> bySlug, String resource) {
        return find(byId, bySlug).orElseThrow(() -> ProblemException.notFound(resource, toString()));
    }

    default <E> Optional<E> find(Function<UUID, Optional<E>> byId, Function<String, Optional<E>> bySlug) {
        return this instanceof Id id ? byId.apply(id.value()) : bySlug.apply(((Slug) this).value());
    }

    /** A reference inside a request body: empty when the value is neither an id nor a slug. */
    static Optional<Ref> tryParse(String raw) {
        if (raw != null && UUID_PATTERN.matcher(raw).matches()) {
            return Optional.of(new Id(UUID.fromString(raw.toLowerCase(Locale.ROOT))));
        }
        return Slugs.isValid(raw) ? Optional.of(new Slug(raw)) : Optional.empty();
    }

    /**
     * @param parameter the name of the path parameter, reported back when the value is neither an id nor a slug
     */
    static Ref parse(String raw, String parameter) {
        return tryParse(raw).orElseThrow(() ->
                ProblemException.invalidParameter(parameter, "must be an id (a UUID) or a slug (" + Slugs.RULE + ")"));
    }
}
