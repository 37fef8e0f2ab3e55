package io.animecatalogue.segment;

import io.animecatalogue.anthology.Anthology;
import io.animecatalogue.anthology.AnthologyService;
import io.animecatalogue.credit.CreditService;
import io.animecatalogue.credit.CreditView;
import io.animecatalogue.shared.Cursor;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.Page;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.Tagged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;

@ApplicationScoped
public class SegmentService {

    @Inject
    AnthologyService anthologies;

    @Inject
    CreditService credits;

    @Transactional
    public Page<SegmentView> list(PageRequest page) {
        var rows = Segment.listAfter(page.after().map(cursor -> cursor.string(0)), page.fetchSize());
        return page.toPage(rows, Segment.count(), segment -> SegmentMapper.toView(segment, null),
                segment -> Cursor.encode(segment.slug));
    }

    @Transactional
    public Page<SegmentView> listOfAnthology(Ref anthologyRef, PageRequest page) {
        Anthology anthology = anthologies.find(anthologyRef);
        var rows = Segment.listByAnthologyAfter(anthology, page.after().map(cursor -> cursor.smallInteger(0)), page.fetchSize());
        return page.toPage(rows, Segment.count("anthology", anthology), segment -> SegmentMapper.toView(segment, null),
                segment -> Cursor.encode(segment.position));
    }

    @Transactional
    public Tagged<SegmentView> get(Ref ref, Set<SegmentInclude> include) {
        Segment segment = ref.resolve(Segment::findByIdWithAnthology, Segment::findBySlug, "segment");
        EntityTags tags = EntityTags.forVariant("segment" + include)
                .add(segment.id, segment.version)
                .add(segment.anthology.id, segment.anthology.version);
        if (segment.studio != null) {
            tags.add(segment.studio.id, segment.studio.version);
        }
        List<CreditView> segmentCredits = include.contains(SegmentInclude.CREDITS) ? credits.onSegment(segment, tags) : null;
        return tags.tag(SegmentMapper.toView(segment, segmentCredits));
    }
}
