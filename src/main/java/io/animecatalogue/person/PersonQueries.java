package io.animecatalogue.person;

/** The read side of people: the SQL that renders them. */
public final class PersonQueries {

    private PersonQueries() {
    }

    /** {@link PersonRef} of the person row {@code p}. */
    public static String ref(String p) {
        return ("json_build_object('id', %1$s.id, 'slug', %1$s.slug, 'name', %1$s.name, 'nameNative', %1$s.name_native, "
                + "'nameRomanized', %1$s.name_romanized)").formatted(p);
    }
}
