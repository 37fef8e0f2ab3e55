package io.animecatalogue.database;

import io.quarkus.hibernate.orm.panache.Panache;

import java.util.List;
import java.util.UUID;

/**
 * "Who still refers to this row?", asked of the referring tables by SQL. The modules that refer to a company, a person
 * or an anthology depend on that module; asking their entities instead would make the dependency go both ways.
 */
public final class ReferringSlugs {

    private ReferringSlugs() {
    }

    /** @param sql a query with one parameter, the referred row's id, that selects the referrers' slugs in order */
    @SuppressWarnings("unchecked")
    public static List<String> of(String sql, UUID id) {
        return Panache.getEntityManager().createNativeQuery(sql, String.class).setParameter(1, id).getResultList();
    }
}
