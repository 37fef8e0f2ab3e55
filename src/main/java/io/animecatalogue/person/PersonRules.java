package io.animecatalogue.person;

import io.animecatalogue.shared.Violations;
import io.animecatalogue.shared.CatalogueDates;

import java.time.LocalDate;

/**
 * The rules of a person that no single member's annotation can say, and what is derived from what is given: the one
 * place both the API and the import ask, so that neither can store a person the other would refuse.
 */
public final class PersonRules {

    /** A person as written, by the API or in an import file: the members these rules read. */
    public interface Draft {
        LocalDate birthDate();

        Short birthYear();

        LocalDate deathDate();

        Short deathYear();
    }

    private PersonRules() {
    }

    /** Adds what is wrong with the draft; members {@code violations} already holds are not judged again. */
    public static void check(Draft draft, Violations violations) {
        LocalDate today = CatalogueDates.today();
        checkLifeEvent(violations, "birth", draft.birthDate(), draft.birthYear(), today);
        checkLifeEvent(violations, "death", draft.deathDate(), draft.deathYear(), today);
        checkDeathNotBeforeBirth(violations, draft);
    }

    /** The year of birth to store: a year left out is the date's, as documented. */
    public static Short birthYear(Draft draft) {
        return CatalogueDates.yearOf(draft.birthDate(), draft.birthYear());
    }

    public static Short deathYear(Draft draft) {
        return CatalogueDates.yearOf(draft.deathDate(), draft.deathYear());
    }

    /** @param event "birth" or "death", the prefix of the members {@code birthDate} and {@code birthYear} */
    private static void checkLifeEvent(Violations violations, String event, LocalDate date, Short year, LocalDate today) {
        String dateMember = event + "Date";
        String datePointer = "/" + dateMember;
        String yearPointer = "/" + event + "Year";
        if (date != null && !violations.concerns(datePointer)) {
            // the year is stored with the date, and has to be one the catalogue accepts
            if (!CatalogueDates.isAcceptedYear(date.getYear())) {
                violations.add(datePointer, "must be in " + CatalogueDates.YEAR_RULE);
            } else if (date.isAfter(today)) {
                violations.add(datePointer, "must not be in the future");
            }
        }
        if (year == null || violations.concerns(yearPointer)) {
            return;
        }
        if (date != null) {
            // a year that is the date's is in the future only when the date is, which is reported there
            if (date.getYear() != year) {
                violations.add(yearPointer, "must be the year of " + dateMember + " (" + date.getYear() + ")");
            }
        } else if (year > today.getYear()) {
            violations.add(yearPointer, "must not be in the future");
        }
    }

    /** Compares only members found valid so far: an order check on a wrong value would only repeat its violation. */
    private static void checkDeathNotBeforeBirth(Violations violations, Draft draft) {
        LocalDate birthDate = valid(violations, "/birthDate", draft.birthDate());
        LocalDate deathDate = valid(violations, "/deathDate", draft.deathDate());
        String pointer = draft.deathDate() != null ? "/deathDate" : "/deathYear";
        if (birthDate != null && deathDate != null) {
            if (deathDate.isBefore(birthDate)) {
                violations.add(pointer, "must not be before the birth (" + birthDate + ")");
            }
            return;
        }
        Short birthYear = CatalogueDates.yearOf(birthDate, valid(violations, "/birthYear", draft.birthYear()));
        Short deathYear = CatalogueDates.yearOf(deathDate, valid(violations, "/deathYear", draft.deathYear()));
        if (birthYear != null && deathYear != null && deathYear < birthYear) {
            violations.add(pointer, "must not be before the birth (" + birthYear + ")");
        }
    }

    private static <T> T valid(Violations violations, String pointer, T value) {
        return violations.concerns(pointer) ? null : value;
    }
}
