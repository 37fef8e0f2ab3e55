package io.animecatalogue.release;

import io.animecatalogue.anthology.AnthologyMapper;
import io.animecatalogue.company.CompanyMapper;
import io.animecatalogue.segment.SegmentMapper;

/** Between the release entity and its API records. */
public final class ReleaseMapper {

    private ReleaseMapper() {
    }

    public static ReleaseView toView(Release release) {
        return new ReleaseView(release.id, release.slug, AnthologyMapper.toRef(release.anthology), release.format,
                release.country, release.regionCodes, CompanyMapper.toRef(release.publisher), release.releaseDate,
                release.releaseYear, release.edition, release.catalogNumber, release.barcode, release.aspectRatio,
                release.anamorphic,
                release.audioTracks.stream().map(track -> new AudioTrackView(track.language, track.codec, track.channels)).toList(),
                release.subtitleLanguages, release.discCount, release.runtimeMinutes, release.bonusFeatures,
                release.printStatus, release.segments.stream().map(SegmentMapper::toRef).toList(), release.notes,
                release.createdAt, release.updatedAt);
    }
}
