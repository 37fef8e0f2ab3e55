package io.animecatalogue.exchange;

import io.animecatalogue.company.CompanyKind;
import io.animecatalogue.database.Jdbc;
import io.animecatalogue.externalid.ExternalIdsView;
import io.animecatalogue.release.AudioTrackView;
import io.animecatalogue.release.PrintStatus;
import io.animecatalogue.release.ReleaseFormat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads companies, people and releases back out of the catalogue as interchange records, in slug order. Export writes
 * what this gives; import compares against it to tell an unchanged record from an updated one.
 */
final class RecordLoader {

    /** A record and the id of the row it was read from. */
    record Loaded<R extends CatalogueRecord>(UUID id, R record) {
    }

    private final Connection connection;
    final AnthologyLoader anthologies;

    RecordLoader(Connection connection) {
        this.connection = connection;
        this.anthologies = new AnthologyLoader(connection);
    }

    List<Loaded<CompanyRecord>> companies(Selection where, int limit) throws SQLException {
        List<Loaded<CompanyRecord>> companies = new ArrayList<>();
        try (PreparedStatement statement = select("id, slug, name, name_native, name_romanized, alternate_names, kinds, "
                + "country, website_url", "company", where, limit); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                companies.add(new Loaded<>(Jdbc.uuid(row, "id"), new CompanyRecord(row.getString("slug"),
                        row.getString("name"), row.getString("name_native"), row.getString("name_romanized"),
                        Jdbc.texts(row, "alternate_names"), Jdbc.enums(row, "kinds", CompanyKind.class),
                        row.getString("country"), row.getString("website_url"))));
            }
        }
        return companies;
    }

    List<Loaded<PersonRecord>> people(Selection where, int limit) throws SQLException {
        List<Loaded<PersonRecord>> people = new ArrayList<>();
        try (PreparedStatement statement = select("id, slug, name, name_native, name_romanized, alternate_names, "
                + "birth_date, birth_year, death_date, death_year, biography, " + EXTERNAL_ID_COLUMNS, "person", where, limit);
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                people.add(new Loaded<>(Jdbc.uuid(row, "id"), new PersonRecord(row.getString("slug"), row.getString("name"),
                        row.getString("name_native"), row.getString("name_romanized"), Jdbc.texts(row, "alternate_names"),
                        Jdbc.date(row, "birth_date"), Jdbc.shortOrNull(row, "birth_year"), Jdbc.date(row, "death_date"),
                        Jdbc.shortOrNull(row, "death_year"), row.getString("biography"), externalIds(row))));
            }
        }
        return people;
    }

    List<Loaded<ReleaseRecord>> releases(Selection where, int limit) throws SQLException {
        List<Loaded<ReleaseRecord>> releases = new ArrayList<>();
        try (PreparedStatement statement = select("id, slug, (select a.slug from anthology a where a.id = anthology_id) as anthology_slug, "
                + "format, country, region_codes, (select c.slug from company c where c.id = publisher_id) as publisher_slug, "
                + "release_date, release_year, edition, catalog_number, barcode, aspect_ratio, anamorphic, "
                + "subtitle_languages, disc_count, runtime_minutes, bonus_features, print_status, notes",
                "video_release", where, limit); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                releases.add(new Loaded<>(Jdbc.uuid(row, "id"), new ReleaseRecord(row.getString("slug"),
                        row.getString("anthology_slug"), Jdbc.enumOrNull(row, "format", ReleaseFormat.class),
                        row.getString("country"), Jdbc.texts(row, "region_codes"), row.getString("publisher_slug"),
                        Jdbc.date(row, "release_date"), Jdbc.shortOrNull(row, "release_year"), row.getString("edition"),
                        row.getString("catalog_number"), row.getString("barcode"), row.getString("aspect_ratio"),
                        Jdbc.booleanOrNull(row, "anamorphic"), List.of(), Jdbc.texts(row, "subtitle_languages"),
                        Jdbc.shortOrNull(row, "disc_count"), Jdbc.intOrNull(row, "runtime_minutes"),
                        Jdbc.texts(row, "bonus_features"), Jdbc.enumOrNull(row, "print_status", PrintStatus.class),
                        List.of(), row.getString("notes"))));
            }
        }
        return releases.isEmpty() ? releases : withTracksAndSegments(releases);
    }

    private List<Loaded<ReleaseRecord>> withTracksAndSegments(List<Loaded<ReleaseRecord>> releases) throws SQLException {
        UUID[] ids = releases.stream().map(Loaded::id).toArray(UUID[]::new);
        Map<UUID, List<AudioTrackView>> tracks = new HashMap<>();
        try (PreparedStatement statement = Jdbc.prepare(connection, "select release_id, language, codec, channels "
                + "from release_audio_track where release_id = any(?) order by release_id, position", List.of((Object) ids));
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                tracks.computeIfAbsent(Jdbc.uuid(row, "release_id"), id -> new ArrayList<>())
                        .add(new AudioTrackView(row.getString("language"), row.getString("codec"), row.getString("channels")));
            }
        }
        Map<UUID, List<String>> segments = new HashMap<>();
        try (PreparedStatement statement = Jdbc.prepare(connection, "select rs.release_id, s.slug from release_segment rs "
                + "join segment s on s.id = rs.segment_id where rs.release_id = any(?) order by rs.release_id, s.position",
                List.of((Object) ids)); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                segments.computeIfAbsent(Jdbc.uuid(row, "release_id"), id -> new ArrayList<>()).add(row.getString("slug"));
            }
        }
        List<Loaded<ReleaseRecord>> complete = new ArrayList<>(releases.size());
        for (Loaded<ReleaseRecord> loaded : releases) {
            ReleaseRecord r = loaded.record();
            complete.add(new Loaded<>(loaded.id(), new ReleaseRecord(r.slug(), r.anthology(), r.format(), r.country(),
                    r.regionCodes(), r.publisher(), r.releaseDate(), r.releaseYear(), r.edition(), r.catalogNumber(),
                    r.barcode(), r.aspectRatio(), r.anamorphic(), tracks.getOrDefault(loaded.id(), List.of()),
                    r.subtitleLanguages(), r.discCount(), r.runtimeMinutes(), r.bonusFeatures(), r.printStatus(),
                    segments.getOrDefault(loaded.id(), List.of()), r.notes())));
        }
        return complete;
    }

    static final String EXTERNAL_ID_COLUMNS = "myanimelist_id, anilist_id, anidb_id, animenewsnetwork_id, wikidata_id";

    static ExternalIdsView externalIds(ResultSet row) throws SQLException {
        return CatalogueRecord.orNull(new ExternalIdsView(Jdbc.intOrNull(row, "myanimelist_id"), Jdbc.intOrNull(row, "anilist_id"),
                Jdbc.intOrNull(row, "anidb_id"), Jdbc.intOrNull(row, "animenewsnetwork_id"), row.getString("wikidata_id")));
    }

    /** {@code select columns from table where ... order by slug limit ...}: slug order is the export's order. */
    PreparedStatement select(String columns, String table, Selection where, int limit) throws SQLException {
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(limit);
        return Jdbc.prepare(connection, "select " + columns + " from " + table + " where " + where.condition()
                + " order by slug limit ?", parameters);
    }
}
