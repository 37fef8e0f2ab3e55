package io.animecatalogue.anthology.credit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.animecatalogue.anthology.Anthology;
import io.animecatalogue.anthology.AnthologyService;
import io.animecatalogue.audit.AuditAction;
import io.animecatalogue.audit.AuditLog;
import io.animecatalogue.audit.AuditedType;
import io.animecatalogue.person.Person;
import io.animecatalogue.anthology.segment.Segment;
import io.animecatalogue.person.PersonService;
import io.animecatalogue.anthology.segment.SegmentService;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.IfMatch;
import io.animecatalogue.shared.Lookup;
import io.animecatalogue.shared.MergePatch;
import io.animecatalogue.shared.Positions;
import io.animecatalogue.shared.ProblemError;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.ProblemType;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.Tagged;
import io.animecatalogue.shared.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import io.animecatalogue.shared.Tag;

import java.util.List;

@ApplicationScoped
public class CreditService {

    private static final int END = Short.MAX_VALUE;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditLog audit;

    @Transactional
    public Tagged<CreditDetail> create(CreditInput input) {
        Target target = check(input, null);
        Credit credit = new Credit();
        Credit.shiftUnder(target.anthology(), target.segment(), target.position(), END, 1, null);
        apply(input, target, credit);
        credit.persist();
        return written(credit, AuditAction.CREATE);
    }

    @Transactional
    public Tagged<CreditDetail> replace(Ref ref, IfMatch ifMatch, CreditInput input) {
        Credit credit = findForChange(ref, ifMatch);
        return update(credit, input, AuditAction.REPLACE);
    }

    @Transactional
    public Tagged<CreditDetail> patch(Ref ref, IfMatch ifMatch, JsonNode patch) {
        Credit credit = findForChange(ref, ifMatch);
        return update(credit, MergePatch.apply(mapper, CreditMapper.toInput(credit), patch, CreditInput.class), AuditAction.PATCH);
    }

    /** The credits after it move up one place, so that billing order keeps no gaps. */
    @Transactional
    public void delete(Ref ref, IfMatch ifMatch) {
        Credit credit = findForChange(ref, ifMatch);
        lockOwner(credit.anthology, credit.segment);
        audit.record(AuditAction.DELETE, AuditedType.CREDIT, credit.id, null);
        credit.delete();
        Credit.flush();
        Credit.shiftUnder(credit.anthology, credit.segment, credit.position + 1, END, -1, credit.id);
    }

    /** Creates checked credit lines under a new anthology or segment, in billing order. */
    public void createLines(Anthology anthology, Segment segment, List<CreditLine> lines, List<Person> people) {
        for (int i = 0; i < lines.size(); i++) {
            Credit credit = new Credit();
            credit.person = people.get(i);
            credit.anthology = anthology;
            credit.segment = segment;
            credit.role = lines.get(i).role();
            credit.note = lines.get(i).note();
            credit.position = (short) (i + 1);
            credit.persist();
            Credit.flush();
            audit.record(AuditAction.CREATE, AuditedType.CREDIT, credit.id, null);
        }
    }

    private Tagged<CreditDetail> update(Credit credit, CreditInput input, AuditAction action) {
        Target target = check(input, credit);
        boolean sameOwner = credit.anthology == target.anthology() && credit.segment == target.segment();
        if (sameOwner && target.position() < credit.position) {
            Credit.shiftUnder(credit.anthology, credit.segment, target.position(), credit.position - 1, 1, credit.id);
        } else if (sameOwner && target.position() > credit.position) {
            Credit.shiftUnder(credit.anthology, credit.segment, credit.position + 1, target.position(), -1, credit.id);
        } else if (!sameOwner) {
            Credit.shiftUnder(credit.anthology, credit.segment, credit.position + 1, END, -1, credit.id);
            Credit.shiftUnder(target.anthology(), target.segment(), target.position(), END, 1, credit.id);
        }
        apply(input, target, credit);
        return written(credit, action);
    }

    /** Where a credit goes and who it names, once every member has been checked. */
    private record Target(Person person, Anthology anthology, Segment segment, int position) {
    }

    private Target check(CreditInput input, Credit existing) {
        Violations violations = Violations.of(validator, input);
        if (input == null) {
            violations.throwIfAny();
        }
        Lookup.Found<Person> person = violations.reference("/person", input.person(), PersonService.BY_ID_OR_SLUG, "person");
        Anthology anthology = null;
        Segment segment = null;
        if (input.anthology() != null && input.segment() != null) {
            violations.add("/segment", "give either the anthology or the segment credited, not both");
        } else if (input.anthology() == null && input.segment() == null) {
            violations.add("/anthology", "give the anthology or the segment credited");
        } else if (input.segment() != null) {
            segment = valueOf(violations.reference("/segment", input.segment(), SegmentService.BY_ID_OR_SLUG, "segment"));
            anthology = segment == null ? null : segment.anthology;
        } else {
            anthology = valueOf(violations.reference("/anthology", input.anthology(), AnthologyService.BY_ID_OR_SLUG, "anthology"));
        }
        int position = 0;
        if (anthology != null) {
            lockOwner(anthology, segment);
            boolean sameOwner = existing != null && existing.anthology == anthology && existing.segment == segment;
            position = Positions.target(input.order(), sameOwner ? (int) existing.position : null,
                    Credit.countUnder(anthology, segment), "/order", violations);
        }
        violations.throwIfAny();
        if (Credit.exists(person.value(), anthology, segment, input.role(), existing == null ? null : existing.id)) {
            String owner = segment == null ? "anthology '" + anthology.slug + "'" : "segment '" + segment.slug + "'";
            throw new ProblemException(ProblemType.CONFLICT, "'" + person.value().slug + "' is already credited as "
                    + input.role().code() + " on the " + owner + ".",
                    List.of(ProblemError.pointer("/role", "is already this person's role on the " + owner)));
        }
        return new Target(person.value(), anthology, segment, position);
    }

    /** Billing places are computed from the owner's credits; holding its row keeps two writers from taking the same. */
    private static void lockOwner(Anthology anthology, Segment segment) {
        Credit.getEntityManager().lock(segment != null ? segment : anthology, LockModeType.PESSIMISTIC_WRITE);
    }

    private static void apply(CreditInput input, Target target, Credit credit) {
        credit.person = target.person();
        credit.anthology = target.anthology();
        credit.segment = target.segment();
        credit.role = input.role();
        credit.note = input.note();
        credit.position = (short) target.position();
    }

    private Tagged<CreditDetail> written(Credit credit, AuditAction action) {
        Credit.flush();
        audit.record(action, AuditedType.CREDIT, credit.id, null);
        return tagged(credit);
    }

    private Credit find(Ref ref) {
        if (!(ref instanceof Ref.Id id)) {
            throw ProblemException.invalidParameter("ref", "must be a credit id (a UUID); credits have no slug");
        }
        return Credit.findWithLinks(id.value()).orElseThrow(() -> ProblemException.notFound("credit", ref.toString()));
    }

    private Credit findForChange(Ref ref, IfMatch ifMatch) {
        Credit credit = find(ref);
        ifMatch.check(tagOf(credit));
        return credit;
    }

    private static <T> T valueOf(Lookup.Found<T> found) {
        return found == null ? null : found.value();
    }

    private static Tagged<CreditDetail> tagged(Credit credit) {
        return new Tagged<>(CreditMapper.toDetail(credit), tagOf(credit));
    }

    /** Every row the credit's representation shows something of, as {@link CreditQueries#detail} notes them for a GET. */
    private static Tag tagOf(Credit credit) {
        EntityTags tags = EntityTags.forVariant("credit").add(credit.id, credit.version)
                .add(credit.person.id, credit.person.version).add(credit.anthology.id, credit.anthology.version);
        if (credit.segment != null) {
            tags.add(credit.segment.id, credit.segment.version);
        }
        return tags.toTag();
    }
}
