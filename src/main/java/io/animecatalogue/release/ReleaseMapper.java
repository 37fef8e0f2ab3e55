package io.animecatalogue.release;

import io.animecatalogue.anthology.Anthology;
import io.animecatalogue.anthology.AnthologyMapper;
import io.animecatalogue.company.Company;
import io.animecatalogue.company.CompanyMapper;
import io.animecatalogue.anthology.segment.Segment;
import io.animecatalogue.anthology.segment.SegmentMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    /** The release as a client would write it, naming what it refers to by slug: the starting point of a merge patch. */
    public static ReleaseInput toInput(Release release) {
        return new ReleaseInput(release.slug, release.anthology.slug, release.format, release.country, release.regionCodes,
                release.publisher == null ? null : release.publisher.slug, release.releaseDate, release.releaseYear,
                release.edition, release.catalogNumber, release.barcode, release.aspectRatio, release.anamorphic,
                release.audioTracks.stream().map(track -> new AudioTrackView(track.language, track.codec, track.channels)).toList(),
                release.subtitleLanguages, release.discCount, release.runtimeMinutes, release.bonusFeatures,
                release.printStatus, release.segments.stream().map(segment -> segment.slug).toList(), release.notes);
    }

    /**
     * Copies everything but the slug, which {@link ReleaseService} chooses, with the references it resolved and the
     * year {@link ReleaseRules} derives.
     *
     * @param publisher null when the input names none
     */
    public static void apply(ReleaseInput input, Anthology anthology, Company publisher, List<Segment> segments,
                             Release release) {
        release.anthology = anthology;
        release.format = input.format();
        release.country = input.country();
        release.regionCodes = new ArrayList<>(input.regionCodes());
        release.publisher = publisher;
        release.releaseDate = input.releaseDate();
        release.releaseYear = ReleaseRules.releaseYear(input);
        release.edition = input.edition();
        release.catalogNumber = input.catalogNumber();
        release.barcode = input.barcode();
        release.aspectRatio = input.aspectRatio();
        release.anamorphic = input.anamorphic();
        // changed in place, so that Hibernate writes only the rows that differ instead of deleting and reinserting them all
        release.audioTracks.clear();
        input.audioTracks().forEach(track -> release.audioTracks.add(new AudioTrack(track.language(), track.codec(), track.channels())));
        release.subtitleLanguages = new ArrayList<>(input.subtitleLanguages());
        release.discCount = input.discCount();
        release.runtimeMinutes = input.runtimeMinutes();
        release.bonusFeatures = new ArrayList<>(input.bonusFeatures());
        release.printStatus = input.printStatus();
        release.segments.clear();
        // @OrderBy only sorts what is loaded from the database; the representation answered now is built from this set
        segments.stream().sorted(Comparator.comparingInt(segment -> segment.position)).forEach(release.segments::add);
        release.notes = input.notes();
    }
}
