package io.animecatalogue.anthology.segment;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.animecatalogue.anthology.AnthologyRef;
import io.animecatalogue.company.CompanyRef;
import io.animecatalogue.anthology.credit.CreditView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Segment", description = "One short of an anthology, with its own staff.",
        example = """
                {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c", "slug": "magnetic-rose", \
                "anthology": {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8d", "slug": "memories", "title": "Memories", "titleNative": "MEMORIES", \
                "titleRomanized": null, "kind": "film", "releaseYear": 1995}, "position": 1, "title": "Magnetic Rose", \
                "titleNative": "彼女の想いで", "titleRomanized": "Kanojo no Omoide", "alternateTitles": ["Her Memories"], \
                "runtimeMinutes": null, "synopsis": "A deep-space salvage crew answers a distress call.", \
                "studio": {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8e", "slug": "studio-4c", "name": "Studio 4°C", "nameNative": "STUDIO4℃"}, \
                "sourceWork": "Manga short story by Katsuhiro Otomo.", \
                "createdAt": "2026-11-22T10:15:30Z", "updatedAt": "2026-11-22T10:15:30Z"}""")
public record SegmentView(
        @Schema(description = "The segment's id.", example = "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c") UUID id,
        @Schema(description = "The segment's slug, unique among all segments.", example = "magnetic-rose") String slug,
        @Schema(description = "The anthology this segment belongs to.") AnthologyRef anthology,
        @Schema(description = "Place in the anthology's running order, from 1.", example = "1") int position,
        @Schema(description = "Display title, as usually written in English.", example = "Magnetic Rose") String title,
        @Schema(description = "Title in its native script.", example = "彼女の想いで", nullable = true) String titleNative,
        @Schema(description = "Romanized native title (modified Hepburn).", example = "Kanojo no Omoide", nullable = true) String titleRomanized,
        @Schema(description = "Other titles in use.", example = "[\"Her Memories\"]") List<String> alternateTitles,
        @Schema(description = "Running time in minutes.", example = "44", nullable = true) Integer runtimeMinutes,
        @Schema(description = "A short synopsis.", example = "A deep-space salvage crew answers a distress call.", nullable = true) String synopsis,
        @Schema(description = "The animation studio that made this segment.", nullable = true) CompanyRef studio,
        @Schema(description = "What the segment is adapted from.", example = "Manga short story by Katsuhiro Otomo.", nullable = true) String sourceWork,
        @Schema(description = "When the record was created in this catalogue.", example = "2026-11-22T10:15:30Z") OffsetDateTime createdAt,
        @Schema(description = "When the record last changed.", example = "2026-11-22T10:15:30Z") OffsetDateTime updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The segment's staff in billing order; present only when `include` asks for `credits`.")
        List<CreditView> credits) {
}
