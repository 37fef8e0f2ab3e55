package io.animecatalogue.release;

import io.animecatalogue.shared.Lookup;
import io.animecatalogue.shared.Violations;
import io.animecatalogue.shared.CatalogueDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules of a release that no single member's annotation can say, and what is derived from what is given: the one
 * place both the API and the import ask, so that neither can store a release the other would refuse. What the
 * release refers to is found through lookups, which the API answers from the database and an import from its file.
 */
public final class ReleaseRules {

    private static final String IN_THE_FUTURE = "is in the future; only an announced release can be";

    /** A release as written, by the API or in an import file: the members these rules read. */
    public interface Draft {
        String anthology();

        String publisher();

        LocalDate releaseDate();

        Short releaseYear();

        PrintStatus printStatus();

        List<String> segments();
    }

    /**
     * Where the release's references lead, for the one writing it.
     *
     * @param ownerOf the anthology a found segment belongs to
     */
    public record References<A, C, S>(Lookup<A> anthologies, Lookup<C> companies, Lookup<S> segments,
                                      Function<S, Owner> ownerOf) {
    }

    /** @param key as the anthology's lookup keys it; {@code slug} is for the message */
    public record Owner(Object key, String slug) {
    }

    /** What the draft's references name; null, or left out of the list, where a reference failed. */
    public record Resolved<A, C, S>(A anthology, C publisher, List<S> segments) {
    }

    private ReleaseRules() {
    }

    /** Adds what is wrong with the draft; members {@code violations} already holds are not judged again. */
    public static <A, C, S> Resolved<A, C, S> check(Draft draft, References<A, C, S> references, Violations violations) {
        Lookup.Found<A> anthology = violations.reference("/anthology", draft.anthology(), references.anthologies(), "anthology");
        Lookup.Found<C> publisher = violations.reference("/publisher", draft.publisher(), references.companies(), "company");
        List<S> segments = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < draft.segments().size(); i++) {
            String pointer = "/segments/" + i;
            Lookup.Found<S> segment = violations.reference(pointer, draft.segments().get(i), references.segments(), "segment");
            if (segment == null) {
                continue;
            }
            Owner owner = references.ownerOf().apply(segment.value());
            if (!seen.add(segment.key())) {
                violations.add(pointer, "repeats a segment listed before");
            } else if (anthology != null && !owner.key().equals(anthology.key())) {
                violations.add(pointer, "belongs to another anthology ('" + owner.slug() + "')");
            } else {
                segments.add(segment.value());
            }
        }
        checkDates(draft, violations);
        return new Resolved<>(anthology == null ? null : anthology.value(), publisher == null ? null : publisher.value(), segments);
    }

    /** The year to store: a year left out is the date's, as documented. */
    public static Short releaseYear(Draft draft) {
        return CatalogueDates.yearOf(draft.releaseDate(), draft.releaseYear());
    }

    private static void checkDates(Draft draft, Violations violations) {
        LocalDate date = violations.concerns("/releaseDate") ? null : draft.releaseDate();
        Short year = violations.concerns("/releaseYear") ? null : draft.releaseYear();
        // the date's year is stored as the year when none is given, so it has to be one the year column takes
        if (date != null && !CatalogueDates.isAcceptedYear(date.getYear())) {
            violations.add("/releaseDate", "must be in " + CatalogueDates.YEAR_RULE);
            return;
        }
        if (date != null && year != null && date.getYear() != year) {
            violations.add("/releaseYear", "must be the year of releaseDate (" + date.getYear() + ")");
            return;
        }
        if (draft.printStatus() == PrintStatus.ANNOUNCED) {
            return;
        }
        LocalDate today = CatalogueDates.today();
        if (date != null && date.isAfter(today)) {
            violations.add("/releaseDate", IN_THE_FUTURE);
        } else if (date == null && year != null && year > today.getYear()) {
            violations.add("/releaseYear", IN_THE_FUTURE);
        }
    }
}
