package io.animecatalogue.exchange;

import io.animecatalogue.shared.JsonPointers;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One import, fed its records in file order. They are checked and written a chunk at a time inside the caller's
 * transaction; after the first problem nothing more is written but every record is still checked, so the refusal
 * lists all that is wrong. The caller rolls back unless {@link #errors} stays empty.
 */
final class ImportRun {

    /** Rows per chunk, counting an anthology's segments and credits: a few megabytes of records at most. */
    private static final int CHUNK_WEIGHT = 20_000;

    final ImportErrors errors = new ImportErrors();
    private final Validator validator;
    private final Registries registries = new Registries();
    private final RecordLoader loader;
    private final ReferenceChecks checks;
    private final GuardedWriter writer;
    private final SlugResolver resolver;
    private final ExternalIdClaims externalIds = new ExternalIdClaims();
    /** Set when the catalogue was empty: then every record is new and there is nothing to look up. */
    private final Restore restore;
    private final long started = System.nanoTime();
    private List<RecordSource.Line> chunk = new ArrayList<>();
    private int chunkWeight;
    private ImportReport.Counts companies = ImportReport.Counts.NONE;
    private ImportReport.Counts people = ImportReport.Counts.NONE;
    private ImportReport.Counts anthologies = ImportReport.Counts.NONE;
    private ImportReport.Counts releases = ImportReport.Counts.NONE;

    ImportRun(Connection connection, Validator validator, String actor) throws SQLException {
        this.validator = validator;
        this.loader = new RecordLoader(connection);
        this.checks = new ReferenceChecks(registries, errors);
        this.restore = Restore.beginIfEmpty(connection).orElse(null);
        this.writer = new GuardedWriter(connection, new RecordWriter(connection, registries, actor, restore != null), errors);
        this.resolver = new SlugResolver(connection, registries, errors, restore == null);
    }

    /** Takes the next record of the file, which {@link #validate} has seen. */
    void add(RecordSource.Line line, boolean valid) throws SQLException {
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
        if (restore != null && errors.isEmpty()) {
            restore.finish();
        }
        return new ImportReport(dryRun, (System.nanoTime() - started) / 1_000_000, companies, people, anthologies, releases);
    }

    /** Checks the record's members against their rules; safe to call from another thread than {@link #add}'s. */
    boolean validate(RecordSource.Line line) {
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
        externalIds.claim(record, line.number(), errors);
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
                // a slug twice in the record's own list breaks a rule of anthologies, which their rules report
                if (segment != null && segment.line() != line.number()) {
                    errors.add(line.number(), "/segments/" + i + "/slug", "line " + segment.line() + " already has a segment with this slug");
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

        Map<String, RecordLoader.Loaded<CompanyRecord>> existingCompanies = new HashMap<>();
        Map<String, RecordLoader.Loaded<PersonRecord>> existingPeople = new HashMap<>();
        Map<String, AnthologyLoader.LoadedAnthology> existingAnthologies = new HashMap<>();
        Map<String, RecordLoader.Loaded<ReleaseRecord>> existingReleases = new HashMap<>();
        if (restore == null) {
            existingCompanies = bySlug(loader.companies(Selection.slugs(slugs(lines, CompanyRecord.class)), Integer.MAX_VALUE));
            existingPeople = bySlug(loader.people(Selection.slugs(slugs(lines, PersonRecord.class)), Integer.MAX_VALUE));
            for (AnthologyLoader.LoadedAnthology loaded : loader.anthologies.load(Selection.slugs(slugs(lines, AnthologyRecord.class)), Integer.MAX_VALUE)) {
                existingAnthologies.put(loaded.record().slug(), loaded);
            }
            existingReleases = bySlug(loader.releases(Selection.slugs(slugs(lines, ReleaseRecord.class)), Integer.MAX_VALUE));
        }

        resolver.assignIds(lines, existingCompanies, existingPeople, existingAnthologies, existingReleases);
        resolver.lookUpReferences(lines);

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
            writer.write(companyWrites, personWrites, anthologyWrites, releaseWrites);
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

    private static <R extends CatalogueRecord> Map<String, RecordLoader.Loaded<R>> bySlug(List<RecordLoader.Loaded<R>> loaded) {
        Map<String, RecordLoader.Loaded<R>> bySlug = new HashMap<>();
        loaded.forEach(item -> bySlug.put(item.record().slug(), item));
        return bySlug;
    }

    private static List<String> slugs(List<RecordSource.Line> lines, Class<? extends CatalogueRecord> type) {
        return lines.stream().map(RecordSource.Line::record).filter(type::isInstance).map(CatalogueRecord::slug).toList();
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
