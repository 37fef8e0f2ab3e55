package io.animecatalogue.exchange;

import io.animecatalogue.anthology.AnthologyRules;
import io.animecatalogue.company.CompanyRules;
import io.animecatalogue.person.PersonRules;
import io.animecatalogue.release.ReleaseRules;
import io.animecatalogue.shared.ProblemError;
import io.animecatalogue.shared.Violations;

/**
 * Holds each record to its type's rules, the same the API holds its bodies to, with the references looked up in the
 * slugs the import has met: those of the lines above and those it found in the catalogue, so no record costs a query.
 * Field rules were checked before, one record at a time; a record that broke one does not get here.
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
        Violations violations = Violations.none();
        int number = line.number();
        if (line.record() instanceof AnthologyRecord anthology) {
            AnthologyRules.check(anthology, registries.companies.from(number), registries.people.from(number), violations);
        } else if (line.record() instanceof ReleaseRecord release) {
            ReleaseRules.check(release, new ReleaseRules.References<>(registries.anthologies.from(number),
                    registries.companies.from(number), registries.segments.from(number),
                    segment -> new ReleaseRules.Owner(segment.owner(), segment.owner())), violations);
        } else if (line.record() instanceof PersonRecord person) {
            PersonRules.check(person, violations);
        } else if (line.record() instanceof CompanyRecord company) {
            CompanyRules.check(company, violations);
        }
        if (violations.isEmpty()) {
            return true;
        }
        for (ProblemError error : violations.list()) {
            errors.add(number, error.pointer(), error.detail());
        }
        return false;
    }
}
