package io.animecatalogue.release;

import io.animecatalogue.company.CompanyQueries;
import io.animecatalogue.database.SqlJson;
import io.animecatalogue.segment.SegmentQueries;

/** The read side of releases: the SQL that renders them. */
public final class ReleaseQueries {

    /** An anthology's releases: oldest first, unknown years last, then by slug. */
    public static final String CHRONOLOGICAL = "coalesce(r.release_year, 9999), r.slug";

    private ReleaseQueries() {
    }

    /**
     * {@link ReleaseView} of the release row {@code r}.
     *
     * @param publisher the alias of its publisher, a company row of a left join
     * @param anthology the release's anthology as an {@code AnthologyRef}
     */
    public static String view(String r, String publisher, String anthology) {
        return ("json_build_object('id', %1$s.id, 'slug', %1$s.slug, 'anthology', %2$s, 'format', %3$s, "
                + "'country', %1$s.country, 'regionCodes', %1$s.region_codes, 'publisher', %4$s, "
                + "'releaseDate', %1$s.release_date, 'releaseYear', %1$s.release_year, 'edition', %1$s.edition, "
                + "'catalogNumber', %1$s.catalog_number, 'barcode', %1$s.barcode, 'aspectRatio', %1$s.aspect_ratio, "
                + "'anamorphic', %1$s.anamorphic, 'audioTracks', %5$s, 'subtitleLanguages', %1$s.subtitle_languages, "
                + "'discCount', %1$s.disc_count, 'runtimeMinutes', %1$s.runtime_minutes, 'bonusFeatures', %1$s.bonus_features, "
                + "'printStatus', %6$s, 'segments', %7$s, 'notes', %1$s.notes, 'createdAt', %8$s, 'updatedAt', %9$s)")
                .formatted(r, anthology, SqlJson.code(r + ".format"), CompanyQueries.optionalRef(publisher),
                        SqlJson.array("json_build_object('language', t.language, 'codec', t.codec, 'channels', t.channels)",
                                "from release_audio_track t where t.release_id = " + r + ".id", "t.position"),
                        SqlJson.code(r + ".print_status"),
                        SqlJson.array(SegmentQueries.ref("rs_s"), "from release_segment rs join segment rs_s on rs_s.id = rs.segment_id "
                                + "where rs.release_id = " + r + ".id", "rs_s.position"),
                        SqlJson.instant(r + ".created_at"), SqlJson.instant(r + ".updated_at"));
    }

    /**
     * The (id, version) of every row the releases {@code where} selects show (of the release row {@code r}): each
     * release, its anthology, its publisher and its segments, for an ETag.
     */
    public static String tagRows(String where) {
        return "select r.id, r.version from video_release r where " + where
                + " union all select ra.id, ra.version from video_release r join anthology ra on ra.id = r.anthology_id where " + where
                + " union all select rp.id, rp.version from video_release r join company rp on rp.id = r.publisher_id where " + where
                + " union all select rs_s.id, rs_s.version from video_release r join release_segment rs on rs.release_id = r.id "
                + "join segment rs_s on rs_s.id = rs.segment_id where " + where;
    }
}
