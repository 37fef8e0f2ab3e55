package io.animecatalogue.shared;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The one slug rule, shared by every resource type (and mirrored by the {@code slug} domain in the schema). */
public final class Slugs {

    public static final int MAX_LENGTH = 100;
    private static final String REGEX = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String RULE = "lowercase letters a-z, digits and single hyphens between them, at most "
            + MAX_LENGTH + " characters, not shaped like a UUID";

    private static final Pattern PATTERN = Pattern.compile(REGEX);
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /**
     * The slug a title or name suggests when a client gives none: accents and width folded away ("Ōtomo" and
     * "ＯＴＯＭＯ" both give "otomo"), anything else between words becomes one hyphen. Empty when nothing Latin or
     * numeric is left, as for a title only in Japanese script; then the client has to choose one.
     */
    public static Optional<String> derive(String title) {
        if (title == null) {
            return Optional.empty();
        }
        String folded = COMBINING_MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        String slug = SEPARATORS.matcher(folded).replaceAll("-").replaceAll("^-+|-+$", "");
        // room for a "-2", "-3", ... suffix when the slug is taken
        if (slug.length() > MAX_LENGTH - 10) {
            slug = slug.substring(0, MAX_LENGTH - 10).replaceAll("-+$", "");
        }
        return isValid(slug) ? Optional.of(slug) : Optional.empty();
    }

    /**
     * The slug a created or replaced resource gets: the one the client asked for, unless another resource of the type
     * has it (409); else, on a replace, the one it has; else one derived from its title, made unique with a suffix.
     *
     * @param pointer where the slug sits in the request body, such as {@code /slug} or {@code /segments/1/slug}
     * @param current the resource's slug before the change, null when creating
     * @param taken   whether a resource of the type has the slug
     * @param type    the resource type, for messages: "company"
     */
    public static String choose(String pointer, String requested, String title, String current, Predicate<String> taken,
                                String type) {
        if (requested != null) {
            if (!requested.equals(current) && taken.test(requested)) {
                throw new ProblemException(ProblemType.CONFLICT, "Another " + type + " already has the slug '" + requested + "'.",
                        List.of(ProblemError.pointer(pointer, "is already the slug of another " + type)));
            }
            return requested;
        }
        if (current != null) {
            return current;
        }
        String base = derive(title).orElseThrow(() -> new ProblemException(ProblemType.INVALID_BODY,
                "The " + type + " needs a slug.", List.of(ProblemError.pointer(pointer,
                        "is required when the title or name has no Latin letters or digits to derive it from"))));
        return firstFree(base, taken);
    }

    /** {@code base}, or the first of {@code base-2}, {@code base-3}, ... that is not taken. */
    public static String firstFree(String base, Predicate<String> taken) {
        String candidate = base;
        for (int suffix = 2; taken.test(candidate); suffix++) {
            candidate = base + "-" + suffix;
        }
        return candidate;
    }

    public static boolean isValid(String candidate) {
        return candidate != null
                && candidate.length() <= MAX_LENGTH
                && PATTERN.matcher(candidate).matches()
                && !Ref.UUID_PATTERN.matcher(candidate).matches();
    }
}
