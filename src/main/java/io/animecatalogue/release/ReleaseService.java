package io.animecatalogue.release;

import io.animecatalogue.anthology.Anthology;
import io.animecatalogue.anthology.AnthologyService;
import io.animecatalogue.segment.Segment;
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
import java.util.Optional;

@ApplicationScoped
public class ReleaseService {

    @Inject
    AnthologyService anthologies;

    @Transactional
    public Page<ReleaseView> list(PageRequest page) {
        var rows = Release.listAfter(page.after().map(cursor -> cursor.string(0)), page.fetchSize());
        return page.toPage(rows, Release.count(), ReleaseMapper::toView, release -> Cursor.encode(release.slug));
    }

    @Transactional
    public Page<ReleaseView> listOfAnthology(Ref anthologyRef, PageRequest page) {
        Anthology anthology = anthologies.find(anthologyRef);
        var after = page.after().map(cursor -> new Release.ChronologicalKey(cursor.smallInteger(0), cursor.string(1)));
        var rows = Release.listByAnthologyAfter(anthology, after, page.fetchSize());
        return page.toPage(rows, Release.count("anthology", anthology), ReleaseMapper::toView, release -> {
            Release.ChronologicalKey key = release.chronologicalKey();
            return Cursor.encode(key.year(), key.slug());
        });
    }

    @Transactional
    public Tagged<ReleaseView> get(Ref ref) {
        Release release = ref.resolve(id -> Release.<Release>findByIdOptional(id), Release::findBySlug, "release");
        EntityTags tags = EntityTags.forVariant("release");
        note(release, tags);
        return tags.tag(ReleaseMapper.toView(release));
    }

    /** All of an anthology's releases, oldest first, as embedded in the anthology; noted in {@code tags}. */
    public List<ReleaseView> ofAnthology(Anthology anthology, EntityTags tags) {
        return Release.listByAnthologyAfter(anthology, Optional.empty(), Integer.MAX_VALUE).stream()
                .peek(release -> note(release, tags))
                .map(ReleaseMapper::toView)
                .toList();
    }

    /** Every row a release's representation shows something of. */
    private static void note(Release release, EntityTags tags) {
        tags.add(release.id, release.version).add(release.anthology.id, release.anthology.version);
        if (release.publisher != null) {
            tags.add(release.publisher.id, release.publisher.version);
        }
        for (Segment segment : release.segments) {
            tags.add(segment.id, segment.version);
        }
    }
}
