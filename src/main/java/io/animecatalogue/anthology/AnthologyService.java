package io.animecatalogue.anthology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.animecatalogue.audit.AuditAction;
import io.animecatalogue.audit.AuditLog;
import io.animecatalogue.audit.AuditedType;
import io.animecatalogue.company.Company;
import io.animecatalogue.anthology.credit.CreditService;
import io.animecatalogue.externalid.ExternalIds;
import io.animecatalogue.person.Person;
import io.animecatalogue.anthology.segment.SegmentService;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.IfMatch;
import io.animecatalogue.shared.MergePatch;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.Referrers;
import io.animecatalogue.shared.Slugs;
import io.animecatalogue.shared.Tagged;
import io.animecatalogue.shared.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class AnthologyService {

    @Inject
    CreditService credits;

    @Inject
    SegmentService segmentService;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditLog audit;

    public Anthology find(Ref ref) {
        return ref.resolve(id -> Anthology.<Anthology>findByIdOptional(id), Anthology::findBySlug, "anthology");
    }

    /** Creates the anthology with the companies, staff and segments the body lists, all or nothing. */
    @Transactional
    public Tagged<AnthologyDetail> create(AnthologyInput input) {
        Checked checked = check(input, null);
        Violations violations = checked.violations();
        List<Person> staff = credits.checkLines(orEmpty(input.credits()), "", violations);
        List<SegmentService.NewSegment> parts = segmentService.checkNew(orEmpty(input.segments()), violations);
        violations.throwIfAny();
        Anthology anthology = new Anthology();
        anthology.slug = Slugs.choose("/slug", input.slug(), input.title(), null, Anthology::existsWithSlug, "anthology");
        apply(input, checked.companies(), anthology);
        anthology.persist();
        Anthology.flush();
        audit.record(AuditAction.CREATE, AuditedType.ANTHOLOGY, anthology.id, anthology.slug);
        credits.createLines(anthology, null, orEmpty(input.credits()), staff);
        segmentService.createNew(anthology, orEmpty(input.segments()), parts);
        return written(anthology);
    }

    @Transactional
    public Tagged<AnthologyDetail> replace(Ref ref, IfMatch ifMatch, AnthologyInput input) {
        Anthology anthology = findForChange(ref, ifMatch);
        return update(anthology, input, AuditAction.REPLACE);
    }

    @Transactional
    public Tagged<AnthologyDetail> patch(Ref ref, IfMatch ifMatch, JsonNode patch) {
        Anthology anthology = findForChange(ref, ifMatch);
        AnthologyInput merged = MergePatch.apply(mapper, AnthologyMapper.toInput(anthology), patch, AnthologyInput.class);
        return update(anthology, merged, AuditAction.PATCH);
    }

    /**
     * Deletes the anthology with what it owns (its segments and all their credits). Releases are records of their own,
     * with publishers and specs gathered separately, so an anthology that still has some is not deleted.
     */
    @Transactional
    public void delete(Ref ref, IfMatch ifMatch) {
        Anthology anthology = findForChange(ref, ifMatch);
        Referrers.none()
                .add("release", "releases", Anthology.releaseSlugs(anthology))
                .refuseDeleteIfAny("the anthology '" + anthology.slug + "'", "Delete those releases first.");
        audit.record(AuditAction.DELETE, AuditedType.ANTHOLOGY, anthology.id, anthology.slug);
        anthology.delete();
        Anthology.flush();
    }

    private Tagged<AnthologyDetail> update(Anthology anthology, AnthologyInput input, AuditAction action) {
        Checked checked = check(input, anthology);
        Violations violations = checked.violations();
        for (String member : List.of("credits", "segments")) {
            if (member.equals("credits") ? input.credits() != null : input.segments() != null) {
                violations.add("/" + member, "are only accepted when the anthology is created; change them through /api/v1/"
                        + member + " and leave this member out");
            }
        }
        violations.throwIfAny();
        anthology.slug = Slugs.choose("/slug", input.slug(), input.title(), anthology.slug, Anthology::existsWithSlug, "anthology");
        apply(input, checked.companies(), anthology);
        audit.record(action, AuditedType.ANTHOLOGY, anthology.id, anthology.slug);
        return written(anthology);
    }

    /** What checking the anthology's own members found: the violations, and the companies its links name, in order. */
    private record Checked(Violations violations, List<Company> companies) {
    }

    /** The anthology's own members; {@code existing} is null when creating. Conflicts (409) are thrown at once. */
    private Checked check(AnthologyInput input, Anthology existing) {
        Violations violations = Violations.of(validator, input);
        if (input == null) {
            violations.throwIfAny();
        }
        if (input.premiereDate() != null && input.releaseYear() != null && input.premiereDate().getYear() != input.releaseYear()
                && !violations.concerns("/releaseYear")) {
            violations.add("/releaseYear", "must be the year of premiereDate (" + input.premiereDate().getYear() + ")");
        }
        Set<String> companyRoles = new HashSet<>();
        List<Company> companies = new ArrayList<>();
        for (int i = 0; i < input.companies().size(); i++) {
            AnthologyInput.CompanyLink link = input.companies().get(i);
            String pointer = "/companies/" + i;
            Company company = link == null ? null : violations.reference(pointer + "/company", link.company(),
                    ref -> ref.find(id -> Company.<Company>findByIdOptional(id), Company::findBySlug), "company");
            companies.add(company);
            if (company != null && link.role() != null && !companyRoles.add(company.id + " " + link.role())) {
                violations.add(pointer, "lists the same company in the same role as an earlier entry");
            }
        }
        if (violations.isEmpty()) {
            ExternalIds.refuseTakenByOthers(Anthology.class, "anthology", input.externalIds(), existing == null ? null : existing.id);
        }
        return new Checked(violations, companies);
    }

    /** @param companies the companies of the input's links, in the same order, all found */
    private static void apply(AnthologyInput input, List<Company> companies, Anthology anthology) {
        anthology.title = input.title();
        anthology.titleNative = input.titleNative();
        anthology.titleRomanized = input.titleRomanized();
        anthology.alternateTitles = new ArrayList<>(input.alternateTitles());
        anthology.kind = input.kind();
        anthology.premiereDate = input.premiereDate();
        anthology.releaseYear = input.premiereDate() != null ? Short.valueOf((short) input.premiereDate().getYear()) : input.releaseYear();
        anthology.country = input.country();
        anthology.runtimeMinutes = input.runtimeMinutes();
        anthology.synopsis = input.synopsis();
        anthology.coverImageUrl = input.coverImageUrl();
        anthology.externalIds = ExternalIds.of(input.externalIds());
        anthology.companies.clear();
        for (int i = 0; i < input.companies().size(); i++) {
            AnthologyInput.CompanyLink link = input.companies().get(i);
            anthology.companies.add(new AnthologyCompany(companies.get(i), link.role(), link.note()));
        }
    }

    /** Flushed and re-read, so that the version and the derived segment count are the ones now stored. */
    private Tagged<AnthologyDetail> written(Anthology anthology) {
        Anthology.flush();
        Anthology.getEntityManager().refresh(anthology);
        return tagsOf(anthology, EnumSet.noneOf(AnthologyInclude.class)).tag(AnthologyMapper.toDetail(anthology, null, null, null));
    }

    private Anthology findForChange(Ref ref, IfMatch ifMatch) {
        return ifMatch.lockAndCheck(find(ref),
                anthology -> tagsOf(anthology, EnumSet.noneOf(AnthologyInclude.class)).toEntityTag());
    }

    /** The rows the anthology's representation shows something of, before anything {@code include} embeds. */
    private static EntityTags tagsOf(Anthology anthology, Set<AnthologyInclude> include) {
        EntityTags tags = EntityTags.forVariant("anthology" + include).add(anthology.id, anthology.version);
        anthology.companies.forEach(link -> tags.add(link.company.id, link.company.version));
        return tags;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
