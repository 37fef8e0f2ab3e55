package io.animecatalogue.anthology;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.animecatalogue.anthology.credit.CreditView;
import io.animecatalogue.anthology.segment.SegmentView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(description = "An anthology as a list item: enough to render a card without another request. `segments`, "
        + "`credits`, `releases` and `companies` are present only when the list's `include` asks for them.",
        example = """
                {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c", "slug": "neo-tokyo", "title": "Neo Tokyo", "titleNative": "迷宮物語", \
                "titleRomanized": "Meikyū Monogatari", "alternateTitles": ["Manie-Manie"], "kind": "film", "releaseYear": 1987, \
                "country": "JP", "runtimeMinutes": 50, "coverImageUrl": null, "segmentCount": 3}""")
public record AnthologySummary(
        @Schema(description = "The anthology's id.", example = "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c") UUID id,
        @Schema(description = "The anthology's slug, unique among anthologies.", example = "neo-tokyo") String slug,
        @Schema(description = "Display title, as usually written in English.", example = "Neo Tokyo") String title,
        @Schema(description = "Title in its native script.", example = "迷宮物語", nullable = true) String titleNative,
        @Schema(description = "Romanized native title (modified Hepburn).", example = "Meikyū Monogatari", nullable = true) String titleRomanized,
        @Schema(description = "Other titles in use.", example = "[\"Manie-Manie\"]") List<String> alternateTitles,
        @Schema(description = "How it was first released.") AnthologyKind kind,
        @Schema(description = "Year of first release.", example = "1987", nullable = true) Short releaseYear,
        @Schema(description = "Country of production, as an ISO 3166-1 alpha-2 code.", example = "JP", nullable = true) String country,
        @Schema(description = "Running time of the whole work, in minutes.", example = "50", nullable = true) Integer runtimeMinutes,
        @Schema(description = "URL of a cover or poster image.", example = "https://example.org/covers/neo-tokyo.jpg", nullable = true) String coverImageUrl,
        @Schema(description = "How many segments the anthology has.", example = "3") int segmentCount,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The segments in running order; present when `include` has `segments`. Each carries its credits when `include` also has `credits`.")
        List<SegmentView> segments,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Credits on the whole anthology (not on one segment), in billing order; present when `include` has `credits`.")
        List<CreditView> credits,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Home-video releases, oldest first; present when `include` has `releases`.")
        List<EmbeddedRelease> releases,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The companies that made, produced or distributed it, in the order the catalogue lists them; "
                + "present when `include` has `companies`.")
        List<AnthologyCompanyView> companies) {
}
