package io.animecatalogue.shared;

import java.util.EnumSet;
import java.util.Set;

/** Parses an {@code include} parameter: a comma-separated list of related resources to embed. */
public final class Includes {

    public static final String PARAMETER = "include";

    private Includes() {
    }

    public static <E extends Enum<E> & ApiEnum> Set<E> parse(String raw, Class<E> allowed) {
        EnumSet<E> includes = EnumSet.noneOf(allowed);
        if (raw == null) {
            return includes;
        }
        for (String token : raw.split(",", -1)) {
            E value = ApiEnum.fromCode(allowed, token).orElseThrow(() -> ProblemException.invalidParameter(PARAMETER,
                    (token.isBlank() ? "has an empty value" : "has the unknown value '" + token.trim() + "'")
                            + "; allowed: " + ApiEnum.codes(allowed) + ", comma-separated"));
            includes.add(value);
        }
        return includes;
    }
}
