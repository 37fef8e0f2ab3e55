package io.animecatalogue.exchange;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Which part of the catalogue an export holds. By anthology: the anthology, its releases, and the companies and
 * people they refer to, so that the file imports into an empty instance. By time: the records changed since then (an
 * anthology counts as changed when it, one of its segments or one of its credits did).
 *
 * @param anthology the anthology's id, or null for all
 * @param updatedSince null for any time
 */
record ExportFilter(UUID anthology, OffsetDateTime updatedSince) {

    static final ExportFilter EVERYTHING = new ExportFilter(null, null);

    Selection companies() {
        Selection where = Selection.ALL;
        if (anthology != null) {
            where = where.and(Selection.of("id in (select company_id from anthology_company where anthology_id = ? "
                    + "union select studio_id from segment where anthology_id = ? "
                    + "union select publisher_id from video_release where anthology_id = ?)", anthology, anthology, anthology));
        }
        return changed(where);
    }

    Selection people() {
        Selection where = Selection.ALL;
        if (anthology != null) {
            where = where.and(Selection.of("id in (select person_id from credit where anthology_id = ?)", anthology));
        }
        return changed(where);
    }

    Selection anthologies() {
        Selection where = anthology == null ? Selection.ALL : Selection.of("id = ?", anthology);
        if (updatedSince != null) {
            where = where.and(Selection.of("updated_at >= ? "
                    + "or exists (select from segment s where s.anthology_id = anthology.id and s.updated_at >= ?) "
                    + "or exists (select from credit c where c.anthology_id = anthology.id and c.updated_at >= ?)",
                    updatedSince, updatedSince, updatedSince));
        }
        return where;
    }

    Selection releases() {
        return changed(anthology == null ? Selection.ALL : Selection.of("anthology_id = ?", anthology));
    }

    private Selection changed(Selection where) {
        return updatedSince == null ? where : where.and(Selection.of("updated_at >= ?", updatedSince));
    }
}
