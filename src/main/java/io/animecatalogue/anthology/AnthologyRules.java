package io.animecatalogue.anthology;

import io.animecatalogue.person.CreditRole;
import io.animecatalogue.shared.Lookup;
import io.animecatalogue.shared.Violations;
import io.animecatalogue.shared.CatalogueDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of an anthology with its segments and credits that no single member's annotation can say, and what is
 * derived from what is given: the one place both the API and the import ask, so that neither can store an anthology
 * the other would refuse. The companies and people it names are found through lookups, which the API answers from
 * the database and an import from its file.
 */
public final class AnthologyRules {

    /** An anthology as written, by the API or in an import file: the members these rules read. Lists may be null. */
    public interface Draft {
        Short releaseYear();

        LocalDate premiereDate();

        List<? extends DraftCompany> companies();

        List<? extends DraftCredit> credits();

        List<? extends DraftSegment> segments();
    }

    public interface DraftCompany {
        String company();

        CompanyRole role();
    }

    public interface DraftCredit {
        String person();

        CreditRole role();
    }

    public interface DraftSegment {
        String slug();

        String studio();

        List<? extends DraftCredit> credits();
    }

    /** What the draft's references name, list by list in the draft's order; null where a reference failed. */
    public record Resolved<C, P>(List<C> companies, List<P> credits, List<ResolvedSegment<C, P>> segments) {
    }

    public record ResolvedSegment<C, P>(C studio, List<P> credits) {
    }

    private AnthologyRules() {
    }

    /**
     * Adds what is wrong with the draft; members {@code violations} already holds are not judged again, and a list
     * refused as a whole (such as segments sent where they are not taken) is not looked into.
     */
    public static <C, P> Resolved<C, P> check(Draft draft, Lookup<C> companies, Lookup<P> people, Violations violations) {
        LocalDate premiere = violations.concerns("/premiereDate") ? null : draft.premiereDate();
        // the date's year is stored as the year, so it has to be one the year column takes
        if (premiere != null && !CatalogueDates.isAcceptedYear(premiere.getYear())) {
            violations.add("/premiereDate", "must be in " + CatalogueDates.YEAR_RULE);
        } else if (premiere != null && draft.releaseYear() != null && premiere.getYear() != draft.releaseYear()
                && !violations.concerns("/releaseYear")) {
            violations.add("/releaseYear", "must be the year of premiereDate (" + premiere.getYear() + ")");
        }
        List<C> linked = new ArrayList<>();
        Set<String> companyRoles = new HashSet<>();
        List<? extends DraftCompany> links = orEmpty(draft.companies(), "/companies", violations);
        for (int i = 0; i < links.size(); i++) {
            DraftCompany link = links.get(i);
            String pointer = "/companies/" + i;
            Lookup.Found<C> company = link == null ? null : violations.reference(pointer + "/company", link.company(), companies, "company");
            linked.add(company == null ? null : company.value());
            if (company != null && link.role() != null && !companyRoles.add(company.key() + " " + link.role())) {
                violations.add(pointer, "lists the same company in the same role as an earlier entry");
            }
        }
        List<P> staff = credits(orEmpty(draft.credits(), "/credits", violations), "", people, violations);
        List<ResolvedSegment<C, P>> parts = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        List<? extends DraftSegment> segments = orEmpty(draft.segments(), "/segments", violations);
        for (int i = 0; i < segments.size(); i++) {
            DraftSegment segment = segments.get(i);
            String prefix = "/segments/" + i;
            if (segment == null) {
                parts.add(null);
                continue;
            }
            if (segment.slug() != null && !slugs.add(segment.slug()) && !violations.concerns(prefix + "/slug")) {
                violations.add(prefix + "/slug", "is also the slug of an earlier segment in this list");
            }
            parts.add(segment(segment, prefix, companies, people, violations));
        }
        return new Resolved<>(linked, staff, parts);
    }

    /**
     * The rules of one segment: of each segment of a draft, and of a segment added to an anthology on its own.
     *
     * @param prefix the segment's pointer in the request body or record: "" or "/segments/1"
     */
    public static <C, P> ResolvedSegment<C, P> segment(DraftSegment segment, String prefix, Lookup<C> companies,
                                                       Lookup<P> people, Violations violations) {
        Lookup.Found<C> studio = violations.reference(prefix + "/studio", segment.studio(), companies, "company");
        List<P> staff = credits(orEmpty(segment.credits(), prefix + "/credits", violations), prefix, people, violations);
        return new ResolvedSegment<>(studio == null ? null : studio.value(), staff);
    }

    /** The year to store: a year left out is the premiere's, as documented. */
    public static Short releaseYear(Draft draft) {
        return CatalogueDates.yearOf(draft.premiereDate(), draft.releaseYear());
    }

    /**
     * Each person named must exist, and no one may hold the same role twice in one list.
     *
     * @param owner the pointer of the list's owner: "" or "/segments/1"
     */
    private static <P> List<P> credits(List<? extends DraftCredit> credits, String owner, Lookup<P> people, Violations violations) {
        List<P> resolved = new ArrayList<>();
        Set<String> personRoles = new HashSet<>();
        for (int i = 0; i < credits.size(); i++) {
            DraftCredit credit = credits.get(i);
            String pointer = owner + "/credits/" + i;
            Lookup.Found<P> person = credit == null ? null : violations.reference(pointer + "/person", credit.person(), people, "person");
            if (person != null && credit.role() != null && !personRoles.add(person.key() + " " + credit.role())) {
                violations.add(pointer, "credits the same person in the same role as an earlier credit");
            }
            resolved.add(person == null ? null : person.value());
        }
        return resolved;
    }

    /** Absent lists are empty; so, to these rules, is one already refused whole. */
    private static <T> List<T> orEmpty(List<T> list, String pointer, Violations violations) {
        return list == null || violations.has(pointer) ? List.of() : list;
    }
}
