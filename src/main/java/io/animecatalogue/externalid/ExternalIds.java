package io.animecatalogue.externalid;

import io.animecatalogue.shared.ProblemError;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.ProblemType;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    /**
     * Refuses (409) external ids that another row of {@code entity} already has: an entry in another database describes
     * one work or person, so two catalogue records pointing at it are one duplicate too many.
     *
     * @param type the resource type, for messages: "person"
     * @param self the row being written, or null when creating
     */
    public static void refuseTakenByOthers(Class<?> entity, String type, ExternalIdsView ids, UUID self) {
        if (ids == null) {
            return;
        }
        List<ProblemError> taken = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("myAnimeList", ids.myAnimeList());
        values.put("aniList", ids.aniList());
        values.put("aniDb", ids.aniDb());
        values.put("animeNewsNetwork", ids.animeNewsNetwork());
        values.put("wikidata", ids.wikidata());
        values.forEach((member, value) -> {
            if (value == null) {
                return;
            }
            Panache.getEntityManager()
                    .createQuery("select e.slug from " + entity.getSimpleName() + " e where e.externalIds." + member
                            + " = :value and e.id <> :self", String.class)
                    .setParameter("value", value).setParameter("self", self == null ? new UUID(0, 0) : self)
                    .setMaxResults(1).getResultStream().findFirst()
                    .ifPresent(other -> taken.add(ProblemError.pointer("/externalIds/" + member,
                            "is already the " + member + " id of another " + type + " ('" + other + "')")));
        });
        if (!taken.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, taken.size() == 1
                    ? "An external id in the request body already belongs to another " + type + "."
                    : taken.size() + " external ids in the request body already belong to other records.", taken);
        }
    }
}
