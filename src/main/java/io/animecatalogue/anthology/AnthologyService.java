package io.animecatalogue.anthology;

import io.animecatalogue.credit.CreditService;
import io.animecatalogue.credit.CreditView;
import io.animecatalogue.release.ReleaseService;
import io.animecatalogue.release.ReleaseView;
import io.animecatalogue.segment.Segment;
import io.animecatalogue.segment.SegmentMapper;
import io.animecatalogue.segment.SegmentView;
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
public class AnthologyService {

    @Inject
    CreditService credits;

    @Inject
    ReleaseService releases;

    @Transactional
    public Page<AnthologySummary> list(PageRequest page) {
        var rows = Anthology.listAfter(page.after().map(cursor -> cursor.string(0)), page.fetchSize());
        return page.toPage(rows, Anthology.count(), AnthologyMapper::toSummary, anthology -> Cursor.encode(anthology.slug));
    }

    /** One anthology with what {@code include} asks for, in a number of queries that does not grow with its size. */
    @Transactional
    public Tagged<AnthologyDetail> get(Ref ref, Set<AnthologyInclude> include) {
        Anthology anthology = find(ref);
        EntityTags tags = EntityTags.forVariant("anthology" + include).add(anthology.id, anthology.version);
        anthology.companies.forEach(link -> tags.add(link.company.id, link.company.version));

        CreditService.CreditsOfAnthology creditsWithin = include.contains(AnthologyInclude.CREDITS)
                ? credits.withinAnthology(anthology, include.contains(AnthologyInclude.SEGMENTS), tags) : null;
        List<SegmentView> segments = null;
        if (include.contains(AnthologyInclude.SEGMENTS)) {
            List<Segment> rows = Segment.listByAnthology(anthology);
            rows.forEach(segment -> {
                tags.add(segment.id, segment.version);
                if (segment.studio != null) {
                    tags.add(segment.studio.id, segment.studio.version);
                }
            });
            segments = rows.stream()
                    .map(segment -> SegmentMapper.toView(segment, creditsWithin == null ? null : creditsWithin.ofSegment(segment.id)))
                    .toList();
        }
        List<CreditView> own = creditsWithin == null ? null : creditsWithin.own();
        List<ReleaseView> releaseViews = include.contains(AnthologyInclude.RELEASES) ? releases.ofAnthology(anthology, tags) : null;
        return tags.tag(AnthologyMapper.toDetail(anthology, segments, own, releaseViews));
    }

    public Anthology find(Ref ref) {
        return ref.resolve(id -> Anthology.<Anthology>findByIdOptional(id), Anthology::findBySlug, "anthology");
    }
}
