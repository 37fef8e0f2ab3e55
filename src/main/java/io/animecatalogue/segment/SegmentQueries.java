package io.animecatalogue.segment;

import io.animecatalogue.company.CompanyQueries;
import io.animecatalogue.database.SqlJson;

/** The read side of segments: the SQL that renders them. */
public final class SegmentQueries {

    private SegmentQueries() {
    }

    /** {@link SegmentRef} of the segment row {@code s}. */
    public static String ref(String s) {
        return ("json_build_object('id', %1$s.id, 'slug', %1$s.slug, 'position', %1$s.position, 'title', %1$s.title, "
                + "'titleNative', %1$s.title_native, 'titleRomanized', %1$s.title_romanized)").formatted(s);
    }

    /**
     * {@link SegmentView} of the segment row {@code s}.
     *
     * @param studio    the alias of its studio, a company row of a left join
     * @param anthology the segment's anthology as an {@code AnthologyRef}
     * @param credits   its credits as a JSON array, or null to leave the member out
     */
    public static String view(String s, String studio, String anthology, String credits) {
        return ("json_build_object('id', %1$s.id, 'slug', %1$s.slug, 'anthology', %3$s, 'position', %1$s.position, "
                + "'title', %1$s.title, 'titleNative', %1$s.title_native, 'titleRomanized', %1$s.title_romanized, "
                + "'alternateTitles', %1$s.alternate_titles, 'runtimeMinutes', %1$s.runtime_minutes, 'synopsis', %1$s.synopsis, "
                + "'studio', %4$s, 'sourceWork', %1$s.source_work, 'createdAt', %5$s, 'updatedAt', %6$s%7$s)")
                .formatted(s, studio, anthology, CompanyQueries.optionalRef(studio), SqlJson.instant(s + ".created_at"),
                        SqlJson.instant(s + ".updated_at"), credits == null ? "" : ", 'credits', " + credits);
    }
}
