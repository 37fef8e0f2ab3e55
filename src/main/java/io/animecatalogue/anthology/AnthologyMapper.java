package io.animecatalogue.anthology;

import io.animecatalogue.company.CompanyMapper;
import io.animecatalogue.anthology.credit.CreditView;
import io.animecatalogue.externalid.ExternalIds;
import io.animecatalogue.anthology.segment.SegmentView;

import java.util.List;

/** Between the anthology entity and its API records. */
public final class AnthologyMapper {

    private AnthologyMapper() {
    }

    /** Embedded lists are null when not asked for, and then left out of the JSON. */
    public static AnthologyDetail toDetail(Anthology anthology, List<SegmentView> segments, List<CreditView> credits,
                                           List<EmbeddedRelease> releases) {
        return new AnthologyDetail(anthology.id, anthology.slug, anthology.title, anthology.titleNative,
                anthology.titleRomanized, anthology.alternateTitles, anthology.kind, anthology.releaseYear,
                anthology.premiereDate, anthology.country, anthology.runtimeMinutes, anthology.synopsis,
                anthology.coverImageUrl, ExternalIds.toView(anthology.externalIds),
                anthology.companies.stream()
                        .map(link -> new AnthologyCompanyView(CompanyMapper.toRef(link.company), link.role, link.note))
                        .toList(),
                anthology.segmentCount, anthology.createdAt, anthology.updatedAt, segments, credits, releases);
    }

    public static AnthologyRef toRef(Anthology anthology) {
        return new AnthologyRef(anthology.id, anthology.slug, anthology.title, anthology.titleNative,
                anthology.titleRomanized, anthology.kind, anthology.releaseYear);
    }

    /** The anthology as a client would write it (companies by slug; no segments or credits): where a merge patch starts. */
    public static AnthologyInput toInput(Anthology anthology) {
        return new AnthologyInput(anthology.slug, anthology.title, anthology.titleNative, anthology.titleRomanized,
                anthology.alternateTitles, anthology.kind, anthology.releaseYear, anthology.premiereDate, anthology.country,
                anthology.runtimeMinutes, anthology.synopsis, anthology.coverImageUrl, ExternalIds.toView(anthology.externalIds),
                anthology.companies.stream()
                        .map(link -> new AnthologyInput.CompanyLink(link.company.slug, link.role, link.note))
                        .toList(),
                null, null);
    }
}
