package io.animecatalogue.exchange;

import io.animecatalogue.database.TimeOrderedIds;
import io.animecatalogue.shared.JsonPointers;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.postgresql.util.PSQLException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One import, fed its records in file order. They are checked and written a chunk at a time inside the caller's
 * transaction; after the first problem nothing more is written but every record is still checked, so the refusal
 * lists all that is wrong. The caller rolls back unless {@link #errors} stays empty.
 */
final class ImportRun {

    /** Rows per chunk, counting an anthology's segments and credits: a few megabytes of records at most. */
    private static final int CHUNK_WEIGHT = 20_000;
    private static final Map<String, String> EXTERNAL_ID_MEMBERS = Map.of("myanimelist_id", "myAnimeList",
            "anilist_id", "aniList", "anidb_id", "aniDb", "animenewsnetwork_id", "animeNewsNetwork", "wikidata_id", "wikidata");

    final ImportErrors errors = new ImportErrors();
    private final Connection connection;
    private final Validator validator;
    private final Registries registries = new Registries();
    private final RecordLoader loader;
    private final ReferenceChecks checks;
    private final RecordWriter writer;
    private final long started = System.nanoTime();
    private List<RecordSource.Line> chunk = new ArrayList<>();
    private int chunkWeight;
    private ImportReport.Counts companies = ImportReport.Counts.NONE;
    private ImportReport.Counts people = ImportReport.Counts.NONE;
    private ImportReport.Counts anthologies = ImportReport.Counts.NONE;
    private ImportReport.Counts releases = ImportReport.Counts.NONE;

    ImportRun(Connection connection, Validator validator, String actor) throws SQLException {
        this.connection = connection;
        this.validator = validator;
        this.loader = new RecordLoader(connection);
        this.checks = new ReferenceChecks(registries, errors);
        this.writer = new RecordWriter(connection, registries, actor);
    }

    void add(RecordSource.Line line) throws SQLException {
        boolean valid = validate(line);
        boolean defined = define(line);
        if (valid && defined) {
            chunk.add(line);
            chunkWeight += weight(line.record());
            if (chunkWeight >= CHUNK_WEIGHT) {
                flush();
            }
        }
    }

    ImportReport finish(boolean dryRun) throws SQLException {
        flush();
        return new ImportReport(dryRun, (System.nanoTime() - started) / 1_000_000, companies, people, anthologies, releases);
    }

    private boolean validate(RecordSource.Line line) {
        Set<ConstraintViolation<CatalogueRecord>> violations = validator.validate(line.record());
        for (ConstraintViolation<CatalogueRecord> violation : violations) {
            errors.add(line.number(), JsonPointers.of(violation.getPropertyPath()), violation.getMessage());
        }
        return violations.isEmpty();
    }

    /** Claims the record's slugs (and its segments') for its line, even when invalid, so later references resolve. */
    private boolean define(RecordSource.Line line) {
        CatalogueRecord record = line.record();
        if (record.slug() == null) {
            return false;
        }
        SlugRegistry registry = registries.of(record);
        SlugRegistry.Entry earlier = registry.defineInFile(record.slug(), line.number(), null);
        boolean defined = true;
        if (earlier != null) {
            errors.add(line.number(), "/slug", "line " + earlier.line() + " already has " + withArticle(registry.type) + " with this slug");
            defined = false;
        }
        if (record instanceof AnthologyRecord anthology) {
            for (int i = 0; i < anthology.segments().size(); i++) {
                String slug = anthology.segments().get(i).slug();
                SlugRegistry.Entry segment = slug == null ? null : registries.segments.defineInFile(slug, line.number(), anthology.slug());
                if (segment != null) {
                    errors.add(line.number(), "/segments/" + i + "/slug", segment.line() == line.number()
                            ? "another segment of this anthology has this slug"
                            : "line " + segment.line() + " already has a segment with this slug");
                    defined = false;
                }
            }
        }
        return defined;
    }

    private void flush() throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        List<RecordSource.Line> lines = chunk;
        chunk = new ArrayList<>();
        chunkWeight = 0;

        Map<String, RecordLoader.Loaded<CompanyRecord>> existingCompanies = bySlug(loader.companies(Selection.slugs(slugs(lines, CompanyRecord.class)), Integer.MAX_VALUE));
        Map<String, RecordLoader.Loaded<PersonRecord>> existingPeople = bySlug(loader.people(Selection.slugs(slugs(lines, PersonRecord.class)), Integer.MAX_VALUE));
        Map<String, AnthologyLoader.LoadedAnthology> existingAnthologies = new HashMap<>();
        for (AnthologyLoader.LoadedAnthology loaded : loader.anthologies.load(Selection.slugs(slugs(lines, AnthologyRecord.class)), Integer.MAX_VALUE)) {
            existingAnthologies.put(loaded.record().slug(), loaded);
        }
        Map<String, RecordLoader.Loaded<ReleaseRecord>> existingReleases = bySlug(loader.releases(Selection.slugs(slugs(lines, ReleaseRecord.class)), Integer.MAX_VALUE));

        assignIds(lines, existingCompanies, existingPeople, existingAnthologies, existingReleases);
        lookUpReferences(lines);

        List<RecordWriter.Write<CompanyRecord>> companyWrites = new ArrayList<>();
        List<RecordWriter.Write<PersonRecord>> personWrites = new ArrayList<>();
        List<RecordWriter.Write<AnthologyRecord>> anthologyWrites = new ArrayList<>();
        List<RecordWriter.Write<ReleaseRecord>> releaseWrites = new ArrayList<>();
        for (RecordSource.Line line : lines) {
            if (!checks.check(line)) {
                continue;
            }
            CatalogueRecord record = line.record().canonical();
            if (record instanceof CompanyRecord company) {
                companies = companies.plus(classify(line, company, existingCompanies.get(company.slug()), companyWrites));
            } else if (record instanceof PersonRecord person) {
                people = people.plus(classify(line, person, existingPeople.get(person.slug()), personWrites));
            } else if (record instanceof AnthologyRecord anthology) {
                AnthologyLoader.LoadedAnthology existing = existingAnthologies.get(anthology.slug());
                anthologies = anthologies.plus(classify(line, anthology, existing == null ? null
                        : new RecordLoader.Loaded<>(existing.id(), existing.record()), anthologyWrites));
            } else if (record instanceof ReleaseRecord release) {
                releases = releases.plus(classify(line, release, existingReleases.get(release.slug()), releaseWrites));
            }
        }
        if (errors.isEmpty()) {
            write(companyWrites, personWrites, anthologyWrites, releaseWrites);
        }
    }

    private <R extends CatalogueRecord> ImportReport.Counts classify(RecordSource.Line line, R record,
            RecordLoader.Loaded<R> existing, List<RecordWriter.Write<R>> writes) {
        if (existing == null) {
            writes.add(new RecordWriter.Write<>(line.number(), registries.of(record).id(record.slug()), record, false));
            return new ImportReport.Counts(1, 0, 0);
        }
        if (existing.record().canonical().equals(record)) {
            return new ImportReport.Counts(0, 0, 1);
        }
        writes.add(new RecordWriter.Write<>(line.number(), existing.id(), record, true));
        return new ImportReport.Counts(0, 1, 0);
    }

    /** Each record of the chunk gets the id of the row it updates, or a new one; so do the segments of anthologies. */
    private void assignIds(List<RecordSource.Line> lines, Map<String, RecordLoader.Loaded<CompanyRecord>> companies,
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
        if (!newSegments.isEmpty()) {
            try (PreparedStatement statement = Jdbc.prepare(connection, "select s.slug, a.slug as owner from segment s "
                    + "join anthology a on a.id = s.anthology_id where s.slug = any(?)", List.of((Object) newSegments.keySet().toArray(String[]::new)));
                 ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    String slug = row.getString("slug");
                    errors.add(registries.segments.get(slug).line(), newSegments.get(slug),
                            "a segment of another anthology ('" + row.getString("owner") + "') has this slug");
                }
            }
        }
    }

    /** Finds in the catalogue the records that the chunk refers to and that the file has not defined. */
    private void lookUpReferences(List<RecordSource.Line> lines) throws SQLException {
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
            try (PreparedStatement statement = Jdbc.prepare(connection, "select s.slug, s.id, a.slug as owner from segment s "
                    + "join anthology a on a.id = s.anthology_id where s.slug = any(?)", List.of((Object) segmentSlugs.toArray(String[]::new)));
                 ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    registries.segments.foundInCatalogue(row.getString("slug"), Jdbc.uuid(row, "id"), row.getString("owner"));
                }
            }
        }
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

    /**
     * Writes the chunk in one go. Should the database refuse it (a rule only it knows, such as an external id another
     * record has), the chunk is undone and written again record by record, to name the lines at fault.
     */
    private void write(List<RecordWriter.Write<CompanyRecord>> companies, List<RecordWriter.Write<PersonRecord>> people,
                       List<RecordWriter.Write<AnthologyRecord>> anthologies, List<RecordWriter.Write<ReleaseRecord>> releases)
            throws SQLException {
        // savepoints in SQL: the pool refuses JDBC's rollback calls on a connection its transaction manager owns
        savepoint("savepoint import_chunk");
        try {
            writer.write(companies, people, anthologies, releases);
            savepoint("release savepoint import_chunk");
            return;
        } catch (PSQLException e) {
            savepoint("rollback to savepoint import_chunk");
        }
        List<RecordWriter.Write<?>> all = new ArrayList<>();
        all.addAll(companies);
        all.addAll(people);
        all.addAll(anthologies);
        all.addAll(releases);
        for (RecordWriter.Write<?> write : all) {
            savepoint("savepoint import_record");
            try {
                writer.write(only(companies, write), only(people, write), only(anthologies, write), only(releases, write));
                savepoint("release savepoint import_record");
            } catch (PSQLException e) {
                savepoint("rollback to savepoint import_record");
                refused(write.line(), e);
            }
        }
    }

    private void savepoint(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void refused(int line, PSQLException e) throws PSQLException {
        var message = e.getServerErrorMessage();
        String constraint = message == null ? null : message.getConstraint();
        if ("23505".equals(e.getSQLState()) && constraint != null) {
            for (Map.Entry<String, String> member : EXTERNAL_ID_MEMBERS.entrySet()) {
                if (constraint.contains(member.getKey())) {
                    errors.add(line, "/externalIds/" + member.getValue(), "another record in the catalogue has this id");
                    return;
                }
            }
        }
        if (e.getSQLState() != null && (e.getSQLState().startsWith("23") || e.getSQLState().startsWith("22"))) {
            errors.add(line, "", "breaks a rule of the catalogue that the checks before writing did not catch");
            return;
        }
        throw e;
    }

    private static <R extends CatalogueRecord> List<RecordWriter.Write<R>> only(List<RecordWriter.Write<R>> writes, RecordWriter.Write<?> write) {
        return writes.stream().filter(candidate -> candidate == write).toList();
    }

    private static <R extends CatalogueRecord> Map<String, RecordLoader.Loaded<R>> bySlug(List<RecordLoader.Loaded<R>> loaded) {
        Map<String, RecordLoader.Loaded<R>> bySlug = new HashMap<>();
        loaded.forEach(item -> bySlug.put(item.record().slug(), item));
        return bySlug;
    }

    private static List<String> slugs(List<RecordSource.Line> lines, Class<? extends CatalogueRecord> type) {
        return lines.stream().map(RecordSource.Line::record).filter(type::isInstance).map(CatalogueRecord::slug).toList();
    }

    private static UUID idOf(RecordLoader.Loaded<?> loaded) {
        return loaded == null ? null : loaded.id();
    }

    private static int weight(CatalogueRecord record) {
        if (record instanceof AnthologyRecord anthology) {
            return 1 + anthology.credits().size() + anthology.segments().stream().mapToInt(segment -> 1 + segment.credits().size()).sum();
        }
        return 1;
    }

    private static String withArticle(String type) {
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }
}
