package io.animecatalogue.shared;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** The calendar the catalogue accepts: which years, and when "the future" begins. */
public final class CatalogueDates {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;
    public static final String YEAR_RULE = "a year from " + FIRST_YEAR + " to " + LAST_YEAR;

    /**
     * UTC+14 (Kiribati) is the first time zone to begin a day: a date is in the future only once it has begun nowhere,
     * so that someone born, or a disc released, this morning in Tokyo is not refused because the server is on yesterday.
     */
    private static final ZoneOffset FIRST_TO_START_THE_DAY = ZoneOffset.ofHours(14);

    private CatalogueDates() {
    }

    public static boolean isAcceptedYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /**
     * The year stored with a date: the date's own, since a full date implies its year; the year given otherwise.
     * A year given with a date that disagrees is refused before anything is stored, so which one wins never matters.
     */
    public static Short yearOf(LocalDate date, Short year) {
        return date != null ? Short.valueOf((short) date.getYear()) : year;
    }

    /** The latest date it is anywhere on Earth right now. */
    public static LocalDate today() {
        return LocalDate.now(FIRST_TO_START_THE_DAY);
    }
}
