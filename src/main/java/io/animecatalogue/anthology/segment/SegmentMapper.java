package io.animecatalogue.anthology.segment;

import io.animecatalogue.anthology.AnthologyMapper;
import io.animecatalogue.company.Company;
import io.animecatalogue.company.CompanyMapper;
import io.animecatalogue.anthology.credit.CreditView;

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

    /** The segment as a client would write it (studio as a slug, no credits): the starting point of a merge patch. */
    public static SegmentInput toInput(Segment segment) {
        return new SegmentInput(segment.slug, (int) segment.position, segment.title, segment.titleNative,
                segment.titleRomanized, segment.alternateTitles, segment.runtimeMinutes, segment.synopsis,
                segment.studio == null ? null : segment.studio.slug, segment.sourceWork, null);
    }

    /** Copies what the input says about the segment itself; slug, place and credits are the service's to decide. */
    public static void apply(SegmentInput input, Company studio, Segment segment) {
        segment.title = input.title();
        segment.titleNative = input.titleNative();
        segment.titleRomanized = input.titleRomanized();
        segment.alternateTitles = new java.util.ArrayList<>(input.alternateTitles());
        segment.runtimeMinutes = input.runtimeMinutes();
        segment.synopsis = input.synopsis();
        segment.studio = studio;
        segment.sourceWork = input.sourceWork();
    }
}
