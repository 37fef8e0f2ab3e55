package io.animecatalogue.shared;


import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Parses the filter parameters of lists. Every value is checked, and a bad one is a 400 naming its parameter: a
 * filter that silently matched nothing (or everything) would look like an answer.
 */
public final class Filters {

    private static final Pattern COUNTRY = Pattern.compile("^[A-Za-z]{2}$");
    private static final Pattern DATE = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");

    private Filters() {
    }

    public static Optional<Short> year(String raw, String parameter) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(raw.trim());
            if (CatalogueDates.isAcceptedYear(year)) {
                return Optional.of((short) year);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalidParameter(parameter, "must be " + CatalogueDates.YEAR_RULE);
    }

    public static Optional<LocalDate> date(String raw, String parameter) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            if (DATE.matcher(raw.trim()).matches()) {
                return Optional.of(LocalDate.parse(raw.trim()));
            }
        } catch (DateTimeParseException e) {
            // an impossible date such as 1995-02-30, reported below
        }
        throw ProblemException.invalidParameter(parameter, "must be a date in the form YYYY-MM-DD, such as 1995-12-23");
    }

    /** A range given back to front matches nothing, which is never what was meant. */
    public static <C extends Comparable<? super C>> void ordered(Optional<C> from, Optional<C> to, String toParameter, String fromParameter) {
        if (from.isPresent() && to.isPresent() && to.get().compareTo(from.get()) < 0) {
            throw ProblemException.invalidParameter(toParameter, "must not be before " + fromParameter);
        }
    }

    /** An ISO 3166-1 alpha-2 code, in any case. */
    public static Optional<String> country(String raw, String parameter) {
        if (raw == null) {
            return Optional.empty();
        }
        if (!COUNTRY.matcher(raw.trim()).matches()) {
            throw ProblemException.invalidParameter(parameter, "must be an ISO 3166-1 alpha-2 country code, such as JP");
        }
        return Optional.of(raw.trim().toUpperCase(Locale.ROOT));
    }

    public static <E extends Enum<E> & ApiEnum> Optional<E> code(String raw, Class<E> type, String parameter) {
        if (raw == null) {
            return Optional.empty();
        }
        return Optional.of(ApiEnum.fromCode(type, raw).orElseThrow(() -> ProblemException.invalidParameter(parameter,
                "has the unknown value '" + raw.trim() + "'; allowed: " + ApiEnum.codes(type))));
    }

    /** One or more codes, comma-separated; an item matches any of them. Empty when the parameter is absent. */
    public static <E extends Enum<E> & ApiEnum> Set<E> codes(String raw, Class<E> type, String parameter) {
        EnumSet<E> codes = EnumSet.noneOf(type);
        if (raw == null) {
            return codes;
        }
        for (String token : raw.split(",", -1)) {
            codes.add(ApiEnum.fromCode(type, token).orElseThrow(() -> ProblemException.invalidParameter(parameter,
                    (token.isBlank() ? "has an empty item (an empty value before, between or after commas)"
                            : "has the unknown value '" + token.trim() + "'")
                            + "; allowed: " + ApiEnum.codes(type) + ", comma-separated")));
        }
        return codes;
    }

    /**
     * The resource a filter names by id or slug. One that does not exist is a 400, not an empty list: the client
     * asked about something the catalogue does not know, which an empty answer would hide.
     *
     * @param resource what is named, for the message ("company")
     */
    public static <E> Optional<E> ref(String raw, String parameter, Function<UUID, Optional<E>> byId,
                                      Function<String, Optional<E>> bySlug, String resource) {
        if (raw == null) {
            return Optional.empty();
        }
        Ref ref = Ref.parse(raw.trim(), parameter);
        return Optional.of(ref.find(byId, bySlug).orElseThrow(() -> ProblemException.invalidParameter(parameter,
                "no " + resource + " has the id or slug '" + ref + "'")));
    }

    /**
     * The id or slug a filter names, checked for its form only: whether it names anything is known once the list's
     * statement has run ({@link #unknown}).
     */
    public static Optional<Ref> ref(String raw, String parameter) {
        return raw == null ? Optional.empty() : Optional.of(Ref.parse(raw.trim(), parameter));
    }

    /**
     * A filter named a resource that does not exist: a 400, not an empty list, since the client asked about something
     * the catalogue does not know, which an empty answer would hide.
     */
    public static ProblemException unknown(String parameter, String resource, Ref ref) {
        return ProblemException.invalidParameter(parameter, "no " + resource + " has the id or slug '" + ref + "'");
    }

    /** A yes-or-no parameter: absent is false, and only {@code true} and {@code false} are values. */
    public static boolean flag(String raw, String parameter) {
        if (raw == null || raw.trim().equals("false")) {
            return false;
        }
        if (raw.trim().equals("true")) {
            return true;
        }
        throw ProblemException.invalidParameter(parameter, "must be true or false");
    }

    /** A point in time, as an RFC 3339 date-time with its offset, such as 2026-11-22T10:15:30Z. */
    public static Optional<java.time.OffsetDateTime> instant(String raw, String parameter) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.OffsetDateTime.parse(raw.trim()));
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalidParameter(parameter, "must be a date-time with an offset, such as 2026-11-22T10:15:30Z");
        }
    }
}
