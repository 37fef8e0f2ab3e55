package io.animecatalogue.shared;

import java.util.regex.Pattern;

/** The one slug rule, shared by every resource type (and mirrored by the {@code slug} domain in the schema). */
public final class Slugs {

    public static final int MAX_LENGTH = 100;
    private static final String REGEX = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String RULE = "lowercase letters a-z, digits and single hyphens between them, at most "
            + MAX_LENGTH + " characters, not shaped like a UUID";

    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private Slugs() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null
                && candidate.length() <= MAX_LENGTH
                && PATTERN.matcher(candidate).matches()
                && !Ref.UUID_PATTERN.matcher(candidate).matches();
    }
}
