package io.animecatalogue.anthology.segment;

import io.animecatalogue.anthology.credit.CreditLine;
import io.animecatalogue.anthology.AnthologyRules;
import io.animecatalogue.validation.DisplayText;
import io.animecatalogue.validation.LongText;
import io.animecatalogue.validation.Minutes;
import io.animecatalogue.validation.Slug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "A segment as written by `POST`, `PUT` and `PATCH`, or inside a new anthology. Lists left out are empty.",
        example = """
                {"slug": "magnetic-rose", "position": 1, "title": "Magnetic Rose", "titleNative": "彼女の想いで", \
                "titleRomanized": "Kanojo no Omoide", "alternateTitles": ["Her Memories"], "runtimeMinutes": 44, \
                "synopsis": "A deep-space salvage crew answers a distress call.", "studio": "studio-4c", \
                "sourceWork": "Manga short story by Katsuhiro Otomo.", \
                "credits": [{"person": "koji-morimoto", "role": "director", "note": null}]}""")
public record SegmentInput(
        @Schema(description = "Unique among all segments. Optional: when left out, a new segment's slug is derived from its "
                + "title and a replaced segment keeps its slug.", example = "magnetic-rose", nullable = true)
        @Slug String slug,
        @Schema(description = "Place in the anthology's running order, from 1. Left out: last for a new segment, unchanged "
                + "for an existing one. The other segments move to make room, so this is how segments are reordered. Not "
                + "accepted inside a new anthology, where the list order is the running order.", example = "1", nullable = true)
        Integer position,
        @Schema(description = "Display title, as usually written in English.", example = "Magnetic Rose", required = true)
        @NotNull @DisplayText String title,
        @Schema(description = "Title in its native script.", example = "彼女の想いで", nullable = true)
        @DisplayText String titleNative,
        @Schema(description = "Romanized native title (modified Hepburn).", example = "Kanojo no Omoide", nullable = true)
        @DisplayText String titleRomanized,
        @Schema(description = "Other titles in use; at most 50.", example = "[\"Her Memories\"]")
        @Size(max = 50) List<@NotNull @DisplayText String> alternateTitles,
        @Schema(description = "Running time in minutes.", example = "44", nullable = true)
        @Minutes Integer runtimeMinutes,
        @Schema(description = "A short synopsis.", example = "A deep-space salvage crew answers a distress call.", nullable = true)
        @LongText String synopsis,
        @Schema(description = "The animation studio that made it: a company's id or slug.", example = "studio-4c", nullable = true)
        String studio,
        @Schema(description = "What the segment is adapted from.", example = "Manga short story by Katsuhiro Otomo.", nullable = true)
        @LongText String sourceWork,
        @Schema(description = "Its staff in billing order; only when the segment is created. Later, credits are changed "
                + "through `/api/v1/credits`.", nullable = true)
        @Size(max = 500) List<@NotNull @Valid CreditLine> credits) implements AnthologyRules.DraftSegment {

    public SegmentInput {
        alternateTitles = alternateTitles == null ? List.of() : alternateTitles;
    }
}
