package io.animecatalogue.anthology.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.animecatalogue.anthology.Anthology;
import io.animecatalogue.anthology.AnthologyRules;
import io.animecatalogue.anthology.AnthologyService;
import io.animecatalogue.audit.AuditAction;
import io.animecatalogue.audit.AuditLog;
import io.animecatalogue.audit.AuditedType;
import io.animecatalogue.company.Company;
import io.animecatalogue.anthology.credit.CreditService;
import io.animecatalogue.company.CompanyService;
import io.animecatalogue.person.Person;
import io.animecatalogue.person.PersonService;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.IfMatch;
import io.animecatalogue.shared.Lookup;
import io.animecatalogue.shared.MergePatch;
import io.animecatalogue.shared.Positions;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.Slugs;
import io.animecatalogue.shared.Tagged;
import io.animecatalogue.shared.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class SegmentService {

    @Inject
    AnthologyService anthologies;

    @Inject
    CreditService credits;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditLog audit;

    private static final int END = Short.MAX_VALUE;

    /** What the API's bodies name a segment by: its id or slug, looked up in the database with its anthology. */
    public static final Lookup<Segment> BY_ID_OR_SLUG = Lookup.byIdOrSlug("segment",
            Segment::findByIdWithAnthology, Segment::findBySlug, segment -> segment.id);

    /** Adds a segment to an anthology, with its staff when the body lists them. */
    @Transactional
    public Tagged<SegmentView> create(Ref anthologyRef, SegmentInput input) {
        Anthology anthology = anthologies.find(anthologyRef);
        // its segment count is part of its representation
        Anthology.getEntityManager().lock(anthology, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Violations violations = Violations.of(validator, input);
        if (input == null) {
            violations.throwIfAny();
        }
        AnthologyRules.ResolvedSegment<Company, Person> resolved = AnthologyRules.segment(input, "",
                CompanyService.BY_ID_OR_SLUG, PersonService.BY_ID_OR_SLUG, violations);
        int position = Positions.target(input.position(), null, Segment.countIn(anthology), "/position", violations);
        violations.throwIfAny();
        Segment.deferPositionCheck();
        Segment.shiftWithin(anthology, position, END, 1, null);
        Segment segment = persistNew(anthology, input, "/slug", position, resolved.studio());
        if (input.credits() != null) {
            credits.createLines(anthology, segment, input.credits(), resolved.credits());
        }
        return tagged(segment);
    }

    /**
     * The rule the API adds for the segments of an anthology being created, as its body lists them under
     * {@code /segments}: their place is their place in the list. The others are {@link AnthologyRules}'.
     */
    public void checkNew(List<SegmentInput> inputs, Violations violations) {
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i) != null && inputs.get(i).position() != null) {
                violations.add("/segments/" + i + "/position", "is given by the segment's place in this list; leave it out");
            }
        }
    }

    /** Creates the checked segments of a new anthology, in running order, with their staff. */
    public void createNew(Anthology anthology, List<SegmentInput> inputs, List<AnthologyRules.ResolvedSegment<Company, Person>> checked) {
        for (int i = 0; i < inputs.size(); i++) {
            SegmentInput input = inputs.get(i);
            Segment segment = persistNew(anthology, input, "/segments/" + i + "/slug", i + 1, checked.get(i).studio());
            if (input.credits() != null) {
                credits.createLines(anthology, segment, input.credits(), checked.get(i).credits());
            }
        }
    }

    @Transactional
    public Tagged<SegmentView> replace(Ref ref, IfMatch ifMatch, SegmentInput input) {
        Segment segment = findForChange(ref, ifMatch);
        return update(segment, input, AuditAction.REPLACE);
    }

    @Transactional
    public Tagged<SegmentView> patch(Ref ref, IfMatch ifMatch, JsonNode patch) {
        Segment segment = findForChange(ref, ifMatch);
        return update(segment, MergePatch.apply(mapper, SegmentMapper.toInput(segment), patch, SegmentInput.class), AuditAction.PATCH);
    }

    /** Its credits go with it, releases stop listing it, and the segments after it move up one place. */
    @Transactional
    public void delete(Ref ref, IfMatch ifMatch) {
        Segment segment = findForChange(ref, ifMatch);
        Anthology.getEntityManager().lock(segment.anthology, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        audit.record(AuditAction.DELETE, AuditedType.SEGMENT, segment.id, segment.slug);
        segment.delete();
        Segment.flush();
        Segment.shiftWithin(segment.anthology, segment.position + 1, END, -1, segment.id);
    }

    private Tagged<SegmentView> update(Segment segment, SegmentInput input, AuditAction action) {
        Anthology.getEntityManager().lock(segment.anthology, LockModeType.PESSIMISTIC_WRITE);
        Violations violations = Violations.of(validator, input);
        if (input == null) {
            violations.throwIfAny();
        }
        // refused whole, which also keeps the rules from looking into them
        if (input.credits() != null) {
            violations.add("/credits", "are changed through /api/v1/credits once the segment exists; leave this member out");
        }
        Company studio = AnthologyRules.segment(input, "", CompanyService.BY_ID_OR_SLUG, PersonService.BY_ID_OR_SLUG,
                violations).studio();
        int position = Positions.target(input.position(), (int) segment.position, Segment.countIn(segment.anthology),
                "/position", violations);
        violations.throwIfAny();
        segment.slug = Slugs.choose("/slug", input.slug(), input.title(), segment.slug, Segment::existsWithSlug, "segment");
        if (position != segment.position) {
            Segment.deferPositionCheck();
            if (position < segment.position) {
                Segment.shiftWithin(segment.anthology, position, segment.position - 1, 1, segment.id);
            } else {
                Segment.shiftWithin(segment.anthology, segment.position + 1, position, -1, segment.id);
            }
            segment.position = (short) position;
        }
        SegmentMapper.apply(input, studio, segment);
        Segment.flush();
        audit.record(action, AuditedType.SEGMENT, segment.id, segment.slug);
        return tagged(segment);
    }

    private Segment persistNew(Anthology anthology, SegmentInput input, String slugPointer, int position, Company studio) {
        Segment segment = new Segment();
        segment.anthology = anthology;
        segment.slug = Slugs.choose(slugPointer, input.slug(), input.title(), null, Segment::existsWithSlug, "segment");
        segment.position = (short) position;
        SegmentMapper.apply(input, studio, segment);
        segment.persist();
        Segment.flush();
        audit.record(AuditAction.CREATE, AuditedType.SEGMENT, segment.id, segment.slug);
        return segment;
    }

    private Segment find(Ref ref) {
        return ref.resolve(Segment::findByIdWithAnthology, Segment::findBySlug, "segment");
    }

    private Segment findForChange(Ref ref, IfMatch ifMatch) {
        Segment segment = find(ref);
        ifMatch.check(tagsOf(segment, EnumSet.noneOf(SegmentInclude.class)).toTag());
        return segment;
    }

    private static Tagged<SegmentView> tagged(Segment segment) {
        return tagsOf(segment, EnumSet.noneOf(SegmentInclude.class)).tag(SegmentMapper.toView(segment, null));
    }

    /**
     * The rows the segment's representation shows something of, before any embedded credits: the segment, its
     * anthology and its studio, as {@link SegmentQueries#detail} notes them for a GET.
     */
    private static EntityTags tagsOf(Segment segment, Set<SegmentInclude> include) {
        EntityTags tags = EntityTags.forVariant("segment" + include);
        tags.add(segment.id, segment.version).add(segment.anthology.id, segment.anthology.version);
        if (segment.studio != null) {
            tags.add(segment.studio.id, segment.studio.version);
        }
        return tags;
    }
}
