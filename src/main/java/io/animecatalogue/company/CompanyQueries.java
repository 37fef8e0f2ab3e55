package io.animecatalogue.company;

/** The read side of companies: the SQL that renders them. */
public final class CompanyQueries {

    private CompanyQueries() {
    }

    /** {@link CompanyRef} of the company row {@code c}. */
    public static String ref(String c) {
        return "json_build_object('id', %1$s.id, 'slug', %1$s.slug, 'name', %1$s.name, 'nameNative', %1$s.name_native)"
                .formatted(c);
    }

    /** {@link CompanyRef} of the company row {@code c} of a left join, null when there is none. */
    public static String optionalRef(String c) {
        return "case when " + c + ".id is not null then " + ref(c) + " end";
    }
}
