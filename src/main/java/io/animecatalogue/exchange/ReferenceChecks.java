package io.animecatalogue.exchange;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a record can break only in relation to others: each reference must name a record above it in the file
 * or in the catalogue, a list must not name the same thing twice, and a release's segments must be its anthology's.
 * Field rules were checked before, one record at a time.
 */
final class ReferenceChecks {

    private final Registries registries;
    private final ImportErrors errors;

    ReferenceChecks(Registries registries, ImportErrors errors) {
        this.registries = registries;
        this.errors = errors;
    }

    /** @return whether the record passed */
    boolean check(RecordSource.Line line) {
        int before = errors.count();
        if (line.record() instanceof AnthologyRecord anthology) {
            anthology(line.number(), anthology);
        } else if (line.record() instanceof ReleaseRecord release) {
            release(line.number(), release);
        } else if (line.record() instanceof PersonRecord person) {
            person(line.number(), person);
        }
        return errors.count() == before;
    }

    private void person(int line, PersonRecord person) {
        year(line, person.birthDate(), person.birthYear(), "/birthYear");
        year(line, person.deathDate(), person.deathYear(), "/deathYear");
        if (person.birthDate() != null && person.deathDate() != null && person.deathDate().isBefore(person.birthDate())
                || person.birthYear() != null && person.deathYear() != null && person.deathYear() < person.birthYear()) {
            errors.add(line, "/deathDate", "must not be before the birth");
        }
    }

    private void anthology(int line, AnthologyRecord anthology) {
        Set<String> companyRoles = new HashSet<>();
        for (int i = 0; i < anthology.companies().size(); i++) {
            AnthologyRecord.Company link = anthology.companies().get(i);
            reference(line, "/companies/" + i + "/company", registries.companies, link.company());
            if (!companyRoles.add(link.company() + " " + link.role())) {
                errors.add(line, "/companies/" + i, "lists the same company in the same role twice");
            }
        }
        credits(line, "", anthology.credits());
        for (int i = 0; i < anthology.segments().size(); i++) {
            AnthologyRecord.Segment segment = anthology.segments().get(i);
            if (segment.studio() != null) {
                reference(line, "/segments/" + i + "/studio", registries.companies, segment.studio());
            }
            credits(line, "/segments/" + i, segment.credits());
        }
    }

    private void credits(int line, String owner, List<AnthologyRecord.Credit> credits) {
        Set<String> personRoles = new HashSet<>();
        for (int i = 0; i < credits.size(); i++) {
            AnthologyRecord.Credit credit = credits.get(i);
            reference(line, owner + "/credits/" + i + "/person", registries.people, credit.person());
            if (!personRoles.add(credit.person() + " " + credit.role())) {
                errors.add(line, owner + "/credits/" + i, "credits the same person in the same role twice");
            }
        }
    }

    private void release(int line, ReleaseRecord release) {
        year(line, release.releaseDate(), release.releaseYear(), "/releaseYear");
        boolean anthologyKnown = reference(line, "/anthology", registries.anthologies, release.anthology());
        if (release.publisher() != null) {
            reference(line, "/publisher", registries.companies, release.publisher());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < release.segments().size(); i++) {
            String slug = release.segments().get(i);
            String pointer = "/segments/" + i;
            if (!seen.add(slug)) {
                errors.add(line, pointer, "lists the segment '" + slug + "' twice");
            } else if (reference(line, pointer, registries.segments, slug) && anthologyKnown) {
                String owner = registries.segments.get(slug).owner();
                if (!owner.equals(release.anthology())) {
                    errors.add(line, pointer, "the segment '" + slug + "' belongs to another anthology ('" + owner + "')");
                }
            }
        }
    }

    private boolean reference(int line, String pointer, SlugRegistry registry, String slug) {
        if (registry.resolvableFrom(slug, line)) {
            return true;
        }
        SlugRegistry.Entry entry = registry.get(slug);
        if (entry != null && entry.line() == line) {
            errors.add(line, pointer, "is this record's own slug; a record cannot refer to itself");
        } else if (entry != null) {
            errors.add(line, pointer, "names the " + registry.type + " on line " + entry.line()
                    + "; a record must come after the records it refers to");
        } else {
            errors.add(line, pointer, "no " + registry.type + " has the slug '" + slug + "', in this file or in the catalogue");
        }
        return false;
    }

    private void year(int line, LocalDate date, Short year, String pointer) {
        if (date != null && year != null && date.getYear() != year) {
            errors.add(line, pointer, "must be the year of the date given with it (" + date.getYear() + ")");
        }
    }
}
