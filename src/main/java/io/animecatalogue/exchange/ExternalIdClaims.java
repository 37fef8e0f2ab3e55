package io.animecatalogue.exchange;

import io.animecatalogue.externalid.ExternalIdsView;

import java.util.HashMap;
import java.util.Map;

/**
 * The ids in other databases that the file's anthologies and people name, each claimed by the first line that names
 * it. Two records of one type cannot share one: the database would refuse the second, but only at the end of a
 * {@link Restore}, whose tables have no unique index to ask while rows load, and then without naming a line.
 */
final class ExternalIdClaims {

    private final Map<String, Integer> firstLines = new HashMap<>();

    /** Claims the record's ids for its line; a problem for each id an earlier line of its type has claimed. */
    void claim(CatalogueRecord record, int line, ImportErrors errors) {
        ExternalIdsView ids;
        if (record instanceof AnthologyRecord anthology) {
            ids = anthology.externalIds();
        } else if (record instanceof PersonRecord person) {
            ids = person.externalIds();
        } else {
            return;
        }
        if (ids == null) {
            return;
        }
        String type = record.getClass().getSimpleName();
        claim(type, "myAnimeList", ids.myAnimeList(), line, errors);
        claim(type, "aniList", ids.aniList(), line, errors);
        claim(type, "aniDb", ids.aniDb(), line, errors);
        claim(type, "animeNewsNetwork", ids.animeNewsNetwork(), line, errors);
        claim(type, "wikidata", ids.wikidata(), line, errors);
    }

    private void claim(String type, String member, Object id, int line, ImportErrors errors) {
        if (id == null) {
            return;
        }
        Integer earlier = firstLines.putIfAbsent(type + '/' + member + '/' + id, line);
        if (earlier != null && earlier != line) {
            errors.add(line, "/externalIds/" + member, "line " + earlier + " already has this id");
        }
    }
}
