package io.animecatalogue.anthology.credit;

import io.animecatalogue.anthology.AnthologyMapper;
import io.animecatalogue.person.PersonMapper;
import io.animecatalogue.anthology.segment.SegmentMapper;

/** Between the credit entity and its API records. */
public final class CreditMapper {

    private CreditMapper() {
    }

    public static CreditDetail toDetail(Credit credit) {
        return new CreditDetail(credit.id, credit.role, PersonMapper.toRef(credit.person), AnthologyMapper.toRef(credit.anthology),
                SegmentMapper.toRef(credit.segment), credit.note, credit.position, credit.createdAt, credit.updatedAt);
    }

    /** Owners as slugs, as a client would write them: the starting point of a merge patch. */
    public static CreditInput toInput(Credit credit) {
        return new CreditInput(credit.person.slug, credit.role, credit.segment == null ? credit.anthology.slug : null,
                credit.segment == null ? null : credit.segment.slug, credit.note, (int) credit.position);
    }
}
