package io.animecatalogue.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * What still refers to a resource a client wants to delete. Deleting it anyway would either fail on a foreign key or
 * silently erase other people's work, so the delete is refused with a 409 that names the referrers.
 */
public final class Referrers {

    private static final int NAMED = 5;

    private final List<String> descriptions = new ArrayList<>();

    public static Referrers none() {
        return new Referrers();
    }

    /** @param slugs the referrers' slugs, in a stable order */
    public Referrers add(String singular, String plural, List<String> slugs) {
        if (!slugs.isEmpty()) {
            String named = String.join(", ", slugs.subList(0, Math.min(NAMED, slugs.size())))
                    + (slugs.size() > NAMED ? ", ..." : "");
            descriptions.add(slugs.size() + " " + (slugs.size() == 1 ? singular : plural) + " (" + named + ")");
        }
        return this;
    }

    /** @param subject what was to be deleted, as a person would name it: "the company 'madhouse'" */
    public void refuseDeleteIfAny(String subject, String remedy) {
        if (descriptions.isEmpty()) {
            return;
        }
        String list = descriptions.size() == 1 ? descriptions.get(0)
                : String.join(", ", descriptions.subList(0, descriptions.size() - 1)) + " and " + descriptions.get(descriptions.size() - 1);
        throw new ProblemException(ProblemType.CONFLICT,
                "Nothing was deleted: " + subject + " is still referred to by " + list + ". " + remedy);
    }
}
