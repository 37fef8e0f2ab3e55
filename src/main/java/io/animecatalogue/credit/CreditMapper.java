package io.animecatalogue.credit;

import io.animecatalogue.anthology.AnthologyMapper;
import io.animecatalogue.person.PersonMapper;
import io.animecatalogue.segment.SegmentMapper;

/** Between the credit entity and its API records. */
public final class CreditMapper {

    private CreditMapper() {
    }

    public static CreditView toView(Credit credit) {
        return new CreditView(credit.id, credit.role, PersonMapper.toRef(credit.person), credit.note, credit.position);
    }

    public static FilmographyEntry toFilmographyEntry(Credit credit) {
        return new FilmographyEntry(credit.id, credit.role, AnthologyMapper.toRef(credit.anthology),
                SegmentMapper.toRef(credit.segment), credit.note, credit.position);
    }
}
