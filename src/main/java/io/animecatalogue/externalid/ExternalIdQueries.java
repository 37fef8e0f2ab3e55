package io.animecatalogue.externalid;

/** The read side of external ids: the SQL that renders them. */
public final class ExternalIdQueries {

    private ExternalIdQueries() {
    }

    /** {@link ExternalIdsView} of the row {@code r}, whose table has the external id columns (anthology, person). */
    public static String view(String r) {
        return ("json_build_object('myAnimeList', %1$s.myanimelist_id, 'aniList', %1$s.anilist_id, 'aniDb', %1$s.anidb_id, "
                + "'animeNewsNetwork', %1$s.animenewsnetwork_id, 'wikidata', %1$s.wikidata_id)").formatted(r);
    }
}
