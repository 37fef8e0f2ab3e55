package io.animecatalogue.exchange;

import io.animecatalogue.anthology.Anthology;
import io.animecatalogue.company.Company;
import io.animecatalogue.person.Person;
import io.animecatalogue.release.Release;
import io.animecatalogue.segment.Segment;

import io.quarkus.hibernate.orm.panache.Panache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The checks that need more than one record: slugs unique per type (in the file and against the catalogue, since an
 * import only creates), and every reference naming a record of the file or of the catalogue.
 */
final class ReferenceCheck {

    private final List<ImportError> errors;
    private final Map<String, Integer> companies = new HashMap<>();
    private final Map<String, Integer> people = new HashMap<>();
    private final Map<String, Integer> anthologies = new HashMap<>();
    private final Map<String, Integer> releases = new HashMap<>();
    /** Segment slug to the slug of the anthology it belongs to, for the segments of the file. */
    private final Map<String, String> segmentAnthology = new HashMap<>();
    /** Per entity type, the slugs defined in the file that the catalogue already has. */
    private final Map<Class<?>, Set<String>> existing = new HashMap<>();
    private static final int IN_LIST = 1000;

    private ReferenceCheck(List<ImportError> errors) {
        this.errors = errors;
    }

    static void check(List<NdjsonReader.Line> lines, List<ImportError> errors) {
        ReferenceCheck check = new ReferenceCheck(errors);
        check.findExisting(lines);
        lines.forEach(check::index);
        lines.forEach(check::checkReferences);
    }

    /**
     * Which of the slugs the file defines the catalogue already has, a few queries per type instead of one per record:
     * a large import checks hundreds of thousands of them.
     */
    private void findExisting(List<NdjsonReader.Line> lines) {
        Map<Class<?>, List<String>> slugs = new HashMap<>();
        for (NdjsonReader.Line line : lines) {
            CatalogueRecord record = line.record();
            Class<?> entity = record instanceof CompanyRecord ? Company.class : record instanceof PersonRecord ? Person.class
                    : record instanceof ReleaseRecord ? Release.class : Anthology.class;
            slugs.computeIfAbsent(entity, type -> new ArrayList<>()).add(record.slug());
            if (record instanceof AnthologyRecord anthology) {
                anthology.segments().forEach(segment -> slugs.computeIfAbsent(Segment.class, type -> new ArrayList<>()).add(segment.slug()));
            }
        }
        slugs.forEach((entity, values) -> existing.put(entity, existingSlugs(entity, values)));
    }

    private static Set<String> existingSlugs(Class<?> entity, List<String> slugs) {
        Set<String> found = new HashSet<>();
        for (int from = 0; from < slugs.size(); from += IN_LIST) {
            found.addAll(Panache.getEntityManager()
                    .createQuery("select e.slug from " + entity.getSimpleName() + " e where e.slug in :slugs", String.class)
                    .setParameter("slugs", slugs.subList(from, Math.min(slugs.size(), from + IN_LIST)))
                    .getResultList());
        }
        return found;
    }

    private Predicate<String> inCatalogue(Class<?> entity) {
        Set<String> found = existing.getOrDefault(entity, Set.of());
        return found::contains;
    }

    private void index(NdjsonReader.Line line) {
        CatalogueRecord record = line.record();
        if (record instanceof CompanyRecord) {
            define(line, "company", companies, inCatalogue(Company.class));
        } else if (record instanceof PersonRecord) {
            define(line, "person", people, inCatalogue(Person.class));
        } else if (record instanceof ReleaseRecord) {
            define(line, "release", releases, inCatalogue(Release.class));
        } else if (record instanceof AnthologyRecord anthology) {
            define(line, "anthology", anthologies, inCatalogue(Anthology.class));
            for (int i = 0; i < anthology.segments().size(); i++) {
                String slug = anthology.segments().get(i).slug();
                String pointer = "/segments/" + i + "/slug";
                if (segmentAnthology.putIfAbsent(slug, anthology.slug()) != null) {
                    errors.add(new ImportError(line.number(), pointer, "another segment in this file has the slug '" + slug + "'"));
                } else if (inCatalogue(Segment.class).test(slug)) {
                    errors.add(new ImportError(line.number(), pointer, "a segment with the slug '" + slug + "' already exists"));
                }
            }
        }
    }

    private void define(NdjsonReader.Line line, String type, Map<String, Integer> defined, Predicate<String> inCatalogue) {
        String slug = line.record().slug();
        Integer earlier = defined.putIfAbsent(slug, line.number());
        if (earlier != null) {
            errors.add(new ImportError(line.number(), "/slug", "line " + earlier + " already has " + withArticle(type) + " with this slug"));
        } else if (inCatalogue.test(slug)) {
            errors.add(new ImportError(line.number(), "/slug", withArticle(type) + " with the slug '" + slug + "' already exists"));
        }
    }

    private void checkReferences(NdjsonReader.Line line) {
        CatalogueRecord record = line.record();
        if (record instanceof AnthologyRecord anthology) {
            checkAnthology(line.number(), anthology);
        } else if (record instanceof ReleaseRecord release) {
            checkRelease(line.number(), release);
        } else if (record instanceof PersonRecord person) {
            checkPerson(line.number(), person);
        }
    }

    private void checkPerson(int line, PersonRecord person) {
        checkYear(line, person.birthDate(), person.birthYear(), "/birthYear");
        checkYear(line, person.deathDate(), person.deathYear(), "/deathYear");
        if (person.birthDate() != null && person.deathDate() != null && person.deathDate().isBefore(person.birthDate())
                || person.birthYear() != null && person.deathYear() != null && person.deathYear() < person.birthYear()) {
            errors.add(new ImportError(line, "/deathDate", "must not be before the birth"));
        }
    }

    private void checkAnthology(int line, AnthologyRecord anthology) {
        Set<String> companyRoles = new HashSet<>();
        for (int i = 0; i < anthology.companies().size(); i++) {
            AnthologyRecord.Company link = anthology.companies().get(i);
            String pointer = "/companies/" + i;
            exists(line, pointer + "/company", "company", link.company(), companies, Company::existsWithSlug);
            if (!companyRoles.add(link.company() + " " + link.role())) {
                errors.add(new ImportError(line, pointer, "lists the same company in the same role twice"));
            }
        }
        checkCredits(line, "", anthology.credits());
        for (int i = 0; i < anthology.segments().size(); i++) {
            AnthologyRecord.Segment segment = anthology.segments().get(i);
            if (segment.studio() != null) {
                exists(line, "/segments/" + i + "/studio", "company", segment.studio(), companies, Company::existsWithSlug);
            }
            checkCredits(line, "/segments/" + i, segment.credits());
        }
    }

    private void checkCredits(int line, String owner, List<AnthologyRecord.Credit> credits) {
        Set<String> personRoles = new HashSet<>();
        for (int i = 0; i < credits.size(); i++) {
            AnthologyRecord.Credit credit = credits.get(i);
            String pointer = owner + "/credits/" + i;
            exists(line, pointer + "/person", "person", credit.person(), people, Person::existsWithSlug);
            if (!personRoles.add(credit.person() + " " + credit.role())) {
                errors.add(new ImportError(line, pointer, "credits the same person in the same role twice"));
            }
        }
    }

    private void checkRelease(int line, ReleaseRecord release) {
        checkYear(line, release.releaseDate(), release.releaseYear(), "/releaseYear");
        boolean anthologyKnown = exists(line, "/anthology", "anthology", release.anthology(), anthologies, Anthology::existsWithSlug);
        if (release.publisher() != null) {
            exists(line, "/publisher", "company", release.publisher(), companies, Company::existsWithSlug);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < release.segments().size(); i++) {
            String slug = release.segments().get(i);
            String pointer = "/segments/" + i;
            Optional<String> owner = Optional.ofNullable(segmentAnthology.get(slug))
                    .or(() -> Segment.findBySlug(slug).map(segment -> segment.anthology.slug));
            if (!seen.add(slug)) {
                errors.add(new ImportError(line, pointer, "lists the segment '" + slug + "' twice"));
            } else if (owner.isEmpty()) {
                errors.add(new ImportError(line, pointer, "no segment has the slug '" + slug + "'"));
            } else if (anthologyKnown && !owner.get().equals(release.anthology())) {
                errors.add(new ImportError(line, pointer, "the segment '" + slug + "' belongs to another anthology ('" + owner.get() + "')"));
            }
        }
    }

    private boolean exists(int line, String pointer, String type, String slug, Map<String, Integer> inFile,
                           Predicate<String> inCatalogue) {
        if (inFile.containsKey(slug) || inCatalogue.test(slug)) {
            return true;
        }
        errors.add(new ImportError(line, pointer, "no " + type + " has the slug '" + slug + "', in this file or in the catalogue"));
        return false;
    }

    private void checkYear(int line, java.time.LocalDate date, Short year, String pointer) {
        if (date != null && year != null && date.getYear() != year) {
            errors.add(new ImportError(line, pointer, "must be the year of the date given with it (" + date.getYear() + ")"));
        }
    }

    private static String withArticle(String type) {
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }
}
