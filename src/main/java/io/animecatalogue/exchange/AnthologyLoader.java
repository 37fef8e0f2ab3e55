package io.animecatalogue.exchange;

import io.animecatalogue.anthology.AnthologyKind;
import io.animecatalogue.anthology.CompanyRole;
import io.animecatalogue.person.CreditRole;
import io.animecatalogue.database.Jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads anthologies back out as interchange records with everything they own, a page at a time: four statements per
 * page however many segments and credits it holds.
 */
final class AnthologyLoader {

    /** An anthology record, the id of its row, and the ids of its segments by slug (for writing an update). */
    record LoadedAnthology(UUID id, AnthologyRecord record, Map<String, UUID> segmentIds) {
    }

    private final Connection connection;

    AnthologyLoader(Connection connection) {
        this.connection = connection;
    }

    List<LoadedAnthology> load(Selection where, int limit) throws SQLException {
        Map<UUID, AnthologyRecord> rows = new LinkedHashMap<>();
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(limit);
        try (PreparedStatement statement = Jdbc.prepare(connection, "select id, slug, title, title_native, title_romanized, "
                + "alternate_titles, kind, release_year, premiere_date, country, runtime_minutes, synopsis, cover_image_url, "
                + RecordLoader.EXTERNAL_ID_COLUMNS + " from anthology where " + where.condition() + " order by slug limit ?",
                parameters); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                rows.put(Jdbc.uuid(row, "id"), new AnthologyRecord(row.getString("slug"), row.getString("title"),
                        row.getString("title_native"), row.getString("title_romanized"), Jdbc.texts(row, "alternate_titles"),
                        Jdbc.enumOrNull(row, "kind", AnthologyKind.class), Jdbc.shortOrNull(row, "release_year"),
                        Jdbc.date(row, "premiere_date"), row.getString("country"), Jdbc.intOrNull(row, "runtime_minutes"),
                        row.getString("synopsis"), row.getString("cover_image_url"), RecordLoader.externalIds(row),
                        List.of(), List.of(), List.of()));
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID[] ids = rows.keySet().toArray(UUID[]::new);
        Map<UUID, List<AnthologyRecord.Company>> companies = companies(ids);
        Map<UUID, List<AnthologyRecord.Credit>> credits = new HashMap<>();
        Map<UUID, List<SegmentRow>> segments = segments(ids);
        credits(ids, credits);

        List<LoadedAnthology> loaded = new ArrayList<>(rows.size());
        for (Map.Entry<UUID, AnthologyRecord> entry : rows.entrySet()) {
            AnthologyRecord a = entry.getValue();
            List<AnthologyRecord.Segment> parts = new ArrayList<>();
            Map<String, UUID> segmentIds = new HashMap<>();
            for (SegmentRow segment : segments.getOrDefault(entry.getKey(), List.of())) {
                AnthologyRecord.Segment s = segment.record();
                parts.add(new AnthologyRecord.Segment(s.slug(), s.title(), s.titleNative(), s.titleRomanized(),
                        s.alternateTitles(), s.runtimeMinutes(), s.synopsis(), s.studio(), s.sourceWork(),
                        credits.getOrDefault(segment.id(), List.of())));
                segmentIds.put(s.slug(), segment.id());
            }
            loaded.add(new LoadedAnthology(entry.getKey(), new AnthologyRecord(a.slug(), a.title(), a.titleNative(),
                    a.titleRomanized(), a.alternateTitles(), a.kind(), a.releaseYear(), a.premiereDate(), a.country(),
                    a.runtimeMinutes(), a.synopsis(), a.coverImageUrl(), a.externalIds(),
                    companies.getOrDefault(entry.getKey(), List.of()), credits.getOrDefault(entry.getKey(), List.of()),
                    parts), segmentIds));
        }
        return loaded;
    }

    private record SegmentRow(UUID id, AnthologyRecord.Segment record) {
    }

    private Map<UUID, List<AnthologyRecord.Company>> companies(UUID[] anthologies) throws SQLException {
        Map<UUID, List<AnthologyRecord.Company>> companies = new HashMap<>();
        try (PreparedStatement statement = Jdbc.prepare(connection, "select ac.anthology_id, c.slug, ac.role, ac.note "
                + "from anthology_company ac join company c on c.id = ac.company_id where ac.anthology_id = any(?) "
                + "order by ac.anthology_id, ac.position", List.of((Object) anthologies)); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                companies.computeIfAbsent(Jdbc.uuid(row, "anthology_id"), id -> new ArrayList<>()).add(new AnthologyRecord.Company(
                        row.getString("slug"), Jdbc.enumOrNull(row, "role", CompanyRole.class), row.getString("note")));
            }
        }
        return companies;
    }

    private Map<UUID, List<SegmentRow>> segments(UUID[] anthologies) throws SQLException {
        Map<UUID, List<SegmentRow>> segments = new HashMap<>();
        try (PreparedStatement statement = Jdbc.prepare(connection, "select s.id, s.anthology_id, s.slug, s.title, "
                + "s.title_native, s.title_romanized, s.alternate_titles, s.runtime_minutes, s.synopsis, s.source_work, "
                + "(select c.slug from company c where c.id = s.studio_id) as studio_slug from segment s "
                + "where s.anthology_id = any(?) order by s.anthology_id, s.position", List.of((Object) anthologies));
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                segments.computeIfAbsent(Jdbc.uuid(row, "anthology_id"), id -> new ArrayList<>()).add(new SegmentRow(
                        Jdbc.uuid(row, "id"), new AnthologyRecord.Segment(row.getString("slug"), row.getString("title"),
                        row.getString("title_native"), row.getString("title_romanized"), Jdbc.texts(row, "alternate_titles"),
                        Jdbc.intOrNull(row, "runtime_minutes"), row.getString("synopsis"), row.getString("studio_slug"),
                        row.getString("source_work"), List.of())));
            }
        }
        return segments;
    }

    /**
     * Credits by owner: the segment's id for a segment's credits, the anthology's for its own. Billing order, then the
     * person's slug and the role, so that the order is the same on every instance (row ids are not).
     */
    private void credits(UUID[] anthologies, Map<UUID, List<AnthologyRecord.Credit>> credits) throws SQLException {
        try (PreparedStatement statement = Jdbc.prepare(connection, "select coalesce(c.segment_id, c.anthology_id) as owner, "
                + "p.slug, c.role, c.note from credit c join person p on p.id = c.person_id where c.anthology_id = any(?) "
                + "order by owner, c.position, p.slug, c.role", List.of((Object) anthologies)); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                credits.computeIfAbsent(Jdbc.uuid(row, "owner"), id -> new ArrayList<>()).add(new AnthologyRecord.Credit(
                        row.getString("slug"), Jdbc.enumOrNull(row, "role", CreditRole.class), row.getString("note")));
            }
        }
    }
}
