package io.animecatalogue.segment;

import io.animecatalogue.anthology.AnthologyMapper;
import io.animecatalogue.company.CompanyMapper;
import io.animecatalogue.credit.CreditView;

import java.util.List;

/** Between the segment entity and its API records. */
public final class SegmentMapper {

    private SegmentMapper() {
    }

    /** @param credits the segment's credits, or null when they were not asked for */
    public static SegmentView toView(Segment segment, List<CreditView> credits) {
        return new SegmentView(segment.id, segment.slug, AnthologyMapper.toRef(segment.anthology), segment.position,
                segment.title, segment.titleNative, segment.titleRomanized, segment.alternateTitles, segment.runtimeMinutes,
                segment.synopsis, CompanyMapper.toRef(segment.studio), segment.sourceWork, segment.createdAt,
                segment.updatedAt, credits);
    }

    public static SegmentRef toRef(Segment segment) {
        return segment == null ? null
                : new SegmentRef(segment.id, segment.slug, segment.position, segment.title, segment.titleNative, segment.titleRomanized);
    }
}
