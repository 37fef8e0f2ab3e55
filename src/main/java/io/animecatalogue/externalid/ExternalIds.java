package io.animecatalogue.externalid;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifiers of the same work or person in other anime databases, stored as columns of the owning table. */
@Embeddable
public class ExternalIds {

    @Column(name = "myanimelist_id")
    public Integer myAnimeList;

    @Column(name = "anilist_id")
    public Integer aniList;

    @Column(name = "anidb_id")
    public Integer aniDb;

    @Column(name = "animenewsnetwork_id")
    public Integer animeNewsNetwork;

    @Column(name = "wikidata_id")
    public String wikidata;

    /** Hibernate loads an embeddable whose columns are all null as null; the API shows it with null members. */
    public static ExternalIdsView toView(ExternalIds ids) {
        return ids == null
                ? new ExternalIdsView(null, null, null, null, null)
                : new ExternalIdsView(ids.myAnimeList, ids.aniList, ids.aniDb, ids.animeNewsNetwork, ids.wikidata);
    }

    public static ExternalIds of(ExternalIdsView view) {
        ExternalIds ids = new ExternalIds();
        if (view != null) {
            ids.myAnimeList = view.myAnimeList();
            ids.aniList = view.aniList();
            ids.aniDb = view.aniDb();
            ids.animeNewsNetwork = view.animeNewsNetwork();
            ids.wikidata = view.wikidata();
        }
        return ids;
    }
}
