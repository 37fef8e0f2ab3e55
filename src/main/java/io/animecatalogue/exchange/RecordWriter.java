package io.animecatalogue.exchange;

import io.animecatalogue.audit.AuditedType;
import io.animecatalogue.audit.AuditRows;
import io.animecatalogue.audit.AuditAction;
import io.animecatalogue.database.BulkRows;
import io.animecatalogue.database.Jdbc;
import io.animecatalogue.database.TimeOrderedIds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes the records of a chunk that are new or changed, a few statements per table whatever the chunk's size. An
 * updated record replaces what the catalogue held, but rows keep their ids where the record still has them (segments
 * by slug, credits by person, role and segment), so links into the catalogue survive a re-import.
 */
final class RecordWriter {

    /** A record to write, from a line of the file: its row's id, and whether the row exists (an update) or not. */
    record Write<R extends CatalogueRecord>(int line, UUID id, R record, boolean update) {
    }

    private final Connection connection;
    private final Registries registries;
    private final String actor;
    /** Every record is new and the tables are a {@link Restore}'s: rows are copied in, not upserted. */
    private final boolean restoring;

    RecordWriter(Connection connection, Registries registries, String actor, boolean restoring) throws SQLException {
        this.connection = connection;
        this.registries = registries;
        this.actor = actor;
        this.restoring = restoring;
        if (!restoring) {
            // an update may move segments past each other; positions are unique again by the end
            Jdbc.execute(connection, "set constraints segment_position_unique deferred");
        }
    }

    void write(List<Write<CompanyRecord>> companies, List<Write<PersonRecord>> people,
               List<Write<AnthologyRecord>> anthologies, List<Write<ReleaseRecord>> releases) throws SQLException {
        AuditRows audit = new AuditRows(actor);
        companies(companies, audit);
        people(people, audit);
        anthologies(anthologies, audit);
        releases(releases, audit);
        audit.save(connection, restoring);
    }

    private void companies(List<Write<CompanyRecord>> writes, AuditRows audit) throws SQLException {
        BulkRows rows = new BulkRows("company", "id uuid", "slug text", "name text", "name_native text",
                "name_romanized text", "alternate_names text[]", "kinds text[]", "country text", "website_url text").onConflict("slug");
        for (Write<CompanyRecord> write : writes) {
            CompanyRecord c = write.record();
            rows.add(write.id(), c.slug(), c.name(), c.nameNative(), c.nameRomanized(), c.alternateNames(), c.kinds(),
                    c.country(), c.websiteUrl());
            audited(audit, write, AuditedType.COMPANY);
        }
        save(rows);
    }

    private void people(List<Write<PersonRecord>> writes, AuditRows audit) throws SQLException {
        BulkRows rows = new BulkRows("person", "id uuid", "slug text", "name text", "name_native text", "name_romanized text",
                "alternate_names text[]", "birth_date date", "birth_year smallint", "death_date date", "death_year smallint",
                "biography text", "myanimelist_id integer", "anilist_id integer", "anidb_id integer",
                "animenewsnetwork_id integer", "wikidata_id text").onConflict("slug");
        for (Write<PersonRecord> write : writes) {
            PersonRecord p = write.record();
            var ids = p.externalIds() == null ? CatalogueRecord.NO_EXTERNAL_IDS : p.externalIds();
            rows.add(write.id(), p.slug(), p.name(), p.nameNative(), p.nameRomanized(), p.alternateNames(), p.birthDate(),
                    p.birthYear(), p.deathDate(), p.deathYear(), p.biography(), ids.myAnimeList(), ids.aniList(), ids.aniDb(),
                    ids.animeNewsNetwork(), ids.wikidata());
            audited(audit, write, AuditedType.PERSON);
        }
        save(rows);
    }

    private void anthologies(List<Write<AnthologyRecord>> writes, AuditRows audit) throws SQLException {
        if (writes.isEmpty()) {
            return;
        }
        BulkRows rows = new BulkRows("anthology", "id uuid", "slug text", "title text", "title_native text",
                "title_romanized text", "alternate_titles text[]", "kind text", "release_year smallint", "premiere_date date",
                "country text", "runtime_minutes integer", "synopsis text", "cover_image_url text", "myanimelist_id integer",
                "anilist_id integer", "anidb_id integer", "animenewsnetwork_id integer", "wikidata_id text").onConflict("slug");
        BulkRows companies = new BulkRows("anthology_company", "anthology_id uuid", "position integer", "company_id uuid",
                "role text", "note text");
        BulkRows segments = new BulkRows("segment", "id uuid", "slug text", "anthology_id uuid", "position smallint",
                "title text", "title_native text", "title_romanized text", "alternate_titles text[]",
                "runtime_minutes integer", "synopsis text", "studio_id uuid", "source_work text").onConflict("slug");
        BulkRows credits = new BulkRows("credit", "id uuid", "person_id uuid", "anthology_id uuid", "segment_id uuid",
                "role text", "position smallint", "note text").onConflict("person_id", "anthology_id", "segment_id", "role");
        List<UUID> updated = new ArrayList<>();
        List<UUID> keptSegmentAnthologies = new ArrayList<>();
        List<String> keptSegments = new ArrayList<>();
        List<UUID> keptCreditAnthologies = new ArrayList<>();
        List<UUID> keptCreditSegments = new ArrayList<>();
        List<UUID> keptCreditPeople = new ArrayList<>();
        List<String> keptCreditRoles = new ArrayList<>();
        for (Write<AnthologyRecord> write : writes) {
            AnthologyRecord a = write.record();
            UUID id = write.id();
            var ids = a.externalIds() == null ? CatalogueRecord.NO_EXTERNAL_IDS : a.externalIds();
            rows.add(id, a.slug(), a.title(), a.titleNative(), a.titleRomanized(), a.alternateTitles(), a.kind(),
                    a.releaseYear(), a.premiereDate(), a.country(), a.runtimeMinutes(), a.synopsis(), a.coverImageUrl(),
                    ids.myAnimeList(), ids.aniList(), ids.aniDb(), ids.animeNewsNetwork(), ids.wikidata());
            if (write.update()) {
                updated.add(id);
            }
            int position = 1;
            for (AnthologyRecord.Company link : a.companies()) {
                companies.add(id, position++, registries.companies.id(link.company()), link.role(), link.note());
            }
            List<List<Object>> creditKeys = new ArrayList<>();
            List<UUID> ownCredits = credits(credits, id, null, a.credits(), creditKeys);
            if (!write.update()) {
                ownCredits.forEach(credit -> audit.add(AuditAction.CREATE, AuditedType.CREDIT, credit, null));
            }
            position = 1;
            for (AnthologyRecord.Segment s : a.segments()) {
                UUID segment = registries.segments.id(s.slug());
                segments.add(segment, s.slug(), id, position++, s.title(), s.titleNative(), s.titleRomanized(),
                        s.alternateTitles(), s.runtimeMinutes(), s.synopsis(),
                        s.studio() == null ? null : registries.companies.id(s.studio()), s.sourceWork());
                keptSegmentAnthologies.add(id);
                keptSegments.add(s.slug());
                List<UUID> segmentCredits = credits(credits, id, segment, s.credits(), creditKeys);
                if (!write.update()) {
                    audit.add(AuditAction.CREATE, AuditedType.SEGMENT, segment, s.slug());
                    segmentCredits.forEach(credit -> audit.add(AuditAction.CREATE, AuditedType.CREDIT, credit, null));
                }
            }
            for (List<Object> key : creditKeys) {
                keptCreditAnthologies.add(id);
                keptCreditSegments.add((UUID) key.get(0));
                keptCreditPeople.add((UUID) key.get(1));
                keptCreditRoles.add((String) key.get(2));
            }
            audited(audit, write, AuditedType.ANTHOLOGY);
        }
        save(rows);
        if (!updated.isEmpty()) {
            UUID[] ids = updated.toArray(UUID[]::new);
            newVersions("anthology", ids);
            execute("delete from anthology_company where anthology_id = any(?)", (Object) ids);
            // what the records no longer list goes; what they still list keeps its row
            execute("delete from segment s where s.anthology_id = any(?) and not exists (select from unnest(?, ?) as k(anthology_id, slug) "
                    + "where k.anthology_id = s.anthology_id and k.slug = s.slug)", ids,
                    keptSegmentAnthologies.toArray(UUID[]::new), keptSegments.toArray(String[]::new));
            execute("delete from credit c where c.anthology_id = any(?) and not exists (select from unnest(?, ?, ?, ?) "
                    + "as k(anthology_id, segment_id, person_id, role) where k.anthology_id = c.anthology_id "
                    + "and k.segment_id is not distinct from c.segment_id and k.person_id = c.person_id and k.role = c.role)",
                    ids, keptCreditAnthologies.toArray(UUID[]::new), keptCreditSegments.toArray(UUID[]::new),
                    keptCreditPeople.toArray(UUID[]::new), keptCreditRoles.toArray(String[]::new));
        }
        save(companies);
        save(segments);
        save(credits);
    }

    /** @return the ids given to the credits; on an update, those already stored keep theirs */
    private List<UUID> credits(BulkRows rows, UUID anthology, UUID segment, List<AnthologyRecord.Credit> credits,
                               List<List<Object>> keys) {
        int position = 1;
        List<UUID> ids = new ArrayList<>(credits.size());
        for (AnthologyRecord.Credit credit : credits) {
            UUID person = registries.people.id(credit.person());
            UUID id = TimeOrderedIds.next();
            rows.add(id, person, anthology, segment, credit.role(), position++, credit.note());
            keys.add(java.util.Arrays.asList(segment, person, credit.role().name()));
            ids.add(id);
        }
        return ids;
    }

    private void releases(List<Write<ReleaseRecord>> writes, AuditRows audit) throws SQLException {
        if (writes.isEmpty()) {
            return;
        }
        BulkRows rows = new BulkRows("video_release", "id uuid", "slug text", "anthology_id uuid", "format text",
                "country text", "region_codes text[]", "publisher_id uuid", "release_year smallint", "release_date date",
                "edition text", "catalog_number text", "barcode text", "aspect_ratio text", "anamorphic boolean",
                "subtitle_languages text[]", "disc_count smallint", "runtime_minutes integer", "bonus_features text[]",
                "print_status text", "notes text").onConflict("slug");
        BulkRows tracks = new BulkRows("release_audio_track", "release_id uuid", "position integer", "language text",
                "codec text", "channels text");
        BulkRows segments = new BulkRows("release_segment", "release_id uuid", "segment_id uuid");
        List<UUID> updated = new ArrayList<>();
        for (Write<ReleaseRecord> write : writes) {
            ReleaseRecord r = write.record();
            rows.add(write.id(), r.slug(), registries.anthologies.id(r.anthology()), r.format(), r.country(), r.regionCodes(),
                    r.publisher() == null ? null : registries.companies.id(r.publisher()), r.releaseYear(), r.releaseDate(),
                    r.edition(), r.catalogNumber(), r.barcode(), r.aspectRatio(), r.anamorphic(), r.subtitleLanguages(),
                    r.discCount(), r.runtimeMinutes(), r.bonusFeatures(), r.printStatus(), r.notes());
            int position = 1;
            for (var track : r.audioTracks()) {
                tracks.add(write.id(), position++, track.language(), track.codec(), track.channels());
            }
            for (String segment : r.segments()) {
                segments.add(write.id(), registries.segments.id(segment));
            }
            if (write.update()) {
                updated.add(write.id());
            }
            audited(audit, write, AuditedType.RELEASE);
        }
        save(rows);
        if (!updated.isEmpty()) {
            UUID[] ids = updated.toArray(UUID[]::new);
            newVersions("video_release", ids);
            execute("delete from release_audio_track where release_id = any(?)", (Object) ids);
            execute("delete from release_segment where release_id = any(?)", (Object) ids);
        }
        save(tracks);
        save(segments);
    }

    /**
     * Records reported updated whose own row the upsert left alone (only their company links, audio tracks, segments
     * or credits changed) still get a new version and time, or their ETag and an export by updatedSince would miss
     * the change. Rows the upsert changed already have this transaction's now().
     */
    private void newVersions(String table, UUID[] ids) throws SQLException {
        execute("update " + table + " set version = version + 1, updated_at = now() where id = any(?) "
                + "and updated_at is distinct from now()", (Object) ids);
    }

    private void audited(AuditRows audit, Write<?> write, AuditedType type) {
        audit.add(write.update() ? AuditAction.REPLACE : AuditAction.CREATE, type, write.id(), write.record().slug());
    }

    private void save(BulkRows rows) throws SQLException {
        if (restoring) {
            rows.copy(connection);
        } else {
            rows.write(connection);
        }
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = Jdbc.prepare(connection, sql, List.of(parameters))) {
            statement.executeUpdate();
        }
    }
}
