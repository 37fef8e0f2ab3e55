package io.animecatalogue.exchange;

import io.animecatalogue.database.Jdbc;
import io.animecatalogue.database.TimeOrderedIds;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Gives each record of a chunk, and each of its segments, the id its row has or will have, and finds in the
 * catalogue the records a chunk refers to that the file does not define. What it learns goes to the registries.
 */
final class SlugResolver {

    private final Connection connection;
    private final Registries registries;
    private final ImportErrors errors;
    /** False while the catalogue is known to be empty, as in a {@link Restore}: then only the file defines records. */
    private final boolean catalogueHasRecords;

    SlugResolver(Connection connection, Registries registries, ImportErrors errors, boolean catalogueHasRecords) {
        this.connection = connection;
        this.registries = registries;
        this.errors = errors;
        this.catalogueHasRecords = catalogueHasRecords;
    }

    /** Each record of the chunk gets the id of the row it updates, or a new one; so do the segments of anthologies. */
    void assignIds(List<RecordSource.Line> lines, Map<String, RecordLoader.Loaded<CompanyRecord>> companies,
                           Map<String, RecordLoader.Loaded<PersonRecord>> people,
                           Map<String, AnthologyLoader.LoadedAnthology> anthologies,
                           Map<String, RecordLoader.Loaded<ReleaseRecord>> releases) throws SQLException {
        Map<String, String> newSegments = new HashMap<>();
        for (RecordSource.Line line : lines) {
            CatalogueRecord record = line.record();
            UUID existing = null;
            if (record instanceof CompanyRecord) {
                existing = idOf(companies.get(record.slug()));
            } else if (record instanceof PersonRecord) {
                existing = idOf(people.get(record.slug()));
            } else if (record instanceof ReleaseRecord) {
                existing = idOf(releases.get(record.slug()));
            } else if (record instanceof AnthologyRecord anthology) {
                AnthologyLoader.LoadedAnthology loaded = anthologies.get(anthology.slug());
                existing = loaded == null ? null : loaded.id();
                for (int i = 0; i < anthology.segments().size(); i++) {
                    AnthologyRecord.Segment segment = anthology.segments().get(i);
                    UUID segmentId = loaded == null ? null : loaded.segmentIds().get(segment.slug());
                    if (segmentId == null) {
                        newSegments.put(segment.slug(), "/segments/" + i + "/slug");
                    }
                    registries.segments.assignId(segment.slug(), segmentId != null ? segmentId : TimeOrderedIds.next());
                }
            }
            registries.of(record).assignId(record.slug(), existing != null ? existing : TimeOrderedIds.next());
        }
        // a segment new to its anthology must not be another anthology's already
        if (catalogueHasRecords && !newSegments.isEmpty()) {
            segmentsInCatalogue(newSegments.keySet()).forEach((slug, found) -> errors.add(registries.segments.get(slug).line(),
                    newSegments.get(slug), "a segment of another anthology ('" + found.owner() + "') has this slug"));
        }
    }

    /** Finds in the catalogue the records that the chunk refers to and that the file has not defined. */
    void lookUpReferences(List<RecordSource.Line> lines) throws SQLException {
        if (!catalogueHasRecords) {
            return;
        }
        Set<String> companySlugs = new LinkedHashSet<>();
        Set<String> personSlugs = new LinkedHashSet<>();
        Set<String> anthologySlugs = new LinkedHashSet<>();
        Set<String> segmentSlugs = new LinkedHashSet<>();
        for (RecordSource.Line line : lines) {
            if (line.record() instanceof AnthologyRecord anthology) {
                anthology.companies().forEach(link -> companySlugs.add(link.company()));
                anthology.credits().forEach(credit -> personSlugs.add(credit.person()));
                for (AnthologyRecord.Segment segment : anthology.segments()) {
                    if (segment.studio() != null) {
                        companySlugs.add(segment.studio());
                    }
                    segment.credits().forEach(credit -> personSlugs.add(credit.person()));
                }
            } else if (line.record() instanceof ReleaseRecord release) {
                anthologySlugs.add(release.anthology());
                if (release.publisher() != null) {
                    companySlugs.add(release.publisher());
                }
                segmentSlugs.addAll(release.segments());
            }
        }
        lookUp(registries.companies, "company", companySlugs);
        lookUp(registries.people, "person", personSlugs);
        lookUp(registries.anthologies, "anthology", anthologySlugs);
        segmentSlugs.removeIf(slug -> registries.segments.get(slug) != null);
        if (!segmentSlugs.isEmpty()) {
            segmentsInCatalogue(segmentSlugs).forEach((slug, found) -> registries.segments.foundInCatalogue(slug, found.id(), found.owner()));
        }
    }

    /** The catalogue's segments with these slugs, each with its id and the slug of its anthology. */
    private Map<String, SlugRegistry.Entry> segmentsInCatalogue(Collection<String> slugs) throws SQLException {
        Map<String, SlugRegistry.Entry> found = new HashMap<>();
        try (PreparedStatement statement = Jdbc.prepare(connection, "select s.slug, s.id, a.slug as owner from segment s "
                + "join anthology a on a.id = s.anthology_id where s.slug = any(?)", List.of((Object) slugs.toArray(String[]::new)));
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                found.put(row.getString("slug"), new SlugRegistry.Entry(SlugRegistry.IN_CATALOGUE, Jdbc.uuid(row, "id"), row.getString("owner")));
            }
        }
        return found;
    }

    private void lookUp(SlugRegistry registry, String table, Set<String> slugs) throws SQLException {
        slugs.removeIf(slug -> registry.get(slug) != null);
        if (slugs.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = Jdbc.prepare(connection, "select slug, id from " + table + " where slug = any(?)",
                List.of((Object) slugs.toArray(String[]::new))); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                registry.foundInCatalogue(row.getString("slug"), Jdbc.uuid(row, "id"), null);
            }
        }
    }

    private static UUID idOf(RecordLoader.Loaded<?> loaded) {
        return loaded == null ? null : loaded.id();
    }
}
