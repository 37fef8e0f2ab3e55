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
import io.animecatalogue.company.CompanyService;
import io.animecatalogue.person.PersonService;
import io.animecatalogue.anthology.segment.SegmentInput;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.IfMatch;
import io.animecatalogue.shared.Lookup;
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

    /** What the API's bodies name an anthology by: its id or slug, looked up in the database. */
    public static final Lookup<Anthology> BY_ID_OR_SLUG = Lookup.byIdOrSlug("anthology",
            id -> Anthology.<Anthology>findByIdOptional(id), Anthology::findBySlug, anthology -> anthology.id);

    public Anthology find(Ref ref) {
        return ref.resolve(id -> Anthology.<Anthology>findByIdOptional(id), Anthology::findBySlug, "anthology");
    }

    /** Creates the anthology with the companies, staff and segments the body lists, all or nothing. */
    @Transactional
    public Tagged<AnthologyDetail> create(AnthologyInput input) {
        Violations violations = Violations.of(validator, input);
        if (input == null) {
            violations.throwIfAny();
        }
        AnthologyRules.Resolved<Company, Person> resolved = check(input, null, orEmpty(input.segments()), violations);
        Anthology anthology = new Anthology();
        anthology.slug = Slugs.choose("/slug", input.slug(), input.title(), null, Anthology::existsWithSlug, "anthology");
        apply(input, resolved.companies(), anthology);
        anthology.persist();
        Anthology.flush();
        audit.record(AuditAction.CREATE, AuditedType.ANTHOLOGY, anthology.id, anthology.slug);
        credits.createLines(anthology, null, orEmpty(input.credits()), resolved.credits());
        segmentService.createNew(anthology, orEmpty(input.segments()), resolved.segments());
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
        Violations violations = Violations.of(validator, input);
        if (input == null) {
            violations.throwIfAny();
        }
        // refused whole, which also keeps the rules from looking into them
        for (String member : List.of("credits", "segments")) {
            if (member.equals("credits") ? input.credits() != null : input.segments() != null) {
                violations.add("/" + member, "are only accepted when the anthology is created; change them through /api/v1/"
                        + member + " and leave this member out");
            }
        }
        AnthologyRules.Resolved<Company, Person> resolved = check(input, anthology, List.of(), violations);
        anthology.slug = Slugs.choose("/slug", input.slug(), input.title(), anthology.slug, Anthology::existsWithSlug, "anthology");
        apply(input, resolved.companies(), anthology);
        audit.record(action, AuditedType.ANTHOLOGY, anthology.id, anthology.slug);
        return written(anthology);
    }

    /**
     * The anthology's rules, with its references looked up in the database, then the API's own rule for the segments
     * of a new anthology; throws unless all hold. Conflicts (409) are thrown once the body is otherwise valid.
     * {@code existing} is null when creating.
     */
    private AnthologyRules.Resolved<Company, Person> check(AnthologyInput input, Anthology existing,
                                                           List<SegmentInput> newSegments, Violations violations) {
        AnthologyRules.Resolved<Company, Person> resolved = AnthologyRules.check(input, CompanyService.BY_ID_OR_SLUG,
                PersonService.BY_ID_OR_SLUG, violations);
        segmentService.checkNew(newSegments, violations);
        violations.throwIfAny();
        ExternalIds.refuseTakenByOthers(Anthology.class, "anthology", input.externalIds(), existing == null ? null : existing.id);
        return resolved;
    }

    /** @param companies the companies of the input's links, in the same order, all found */
    private static void apply(AnthologyInput input, List<Company> companies, Anthology anthology) {
        anthology.title = input.title();
        anthology.titleNative = input.titleNative();
        anthology.titleRomanized = input.titleRomanized();
        anthology.alternateTitles = new ArrayList<>(input.alternateTitles());
        anthology.kind = input.kind();
        anthology.premiereDate = input.premiereDate();
        anthology.releaseYear = AnthologyRules.releaseYear(input);
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
                anthology -> tagsOf(anthology, EnumSet.noneOf(AnthologyInclude.class)).toTag());
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
