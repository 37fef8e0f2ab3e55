package io.animecatalogue.anthology;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.animecatalogue.anthology.credit.CreditView;
import io.animecatalogue.externalid.ExternalIdsView;
import io.animecatalogue.anthology.segment.SegmentView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Anthology", description = """
        An anthology with everything about it. `segments`, `credits` and `releases` are present only when `include` \
        asks for them, so that one request can serve a whole detail screen.""",
        example = """
                {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c", "slug": "memories", "title": "Memories", "titleNative": "MEMORIES", \
                "titleRomanized": null, "alternateTitles": ["Otomo Katsuhiro's Memories"], "kind": "film", "releaseYear": 1995, \
                "premiereDate": "1995-12-23", "country": "JP", "runtimeMinutes": 113, \
                "synopsis": "Three science-fiction stories adapted from Katsuhiro Otomo's manga.", "coverImageUrl": null, \
                "externalIds": {"myAnimeList": null, "aniList": null, "aniDb": null, "animeNewsNetwork": null, "wikidata": null}, \
                "companies": [{"company": {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8d", "slug": "madhouse", "name": "Madhouse", \
                "nameNative": "マッドハウス"}, "role": "animation_studio", "note": "Stink Bomb"}], "segmentCount": 3, \
                "createdAt": "2026-11-22T10:15:30Z", "updatedAt": "2026-11-22T10:15:30Z"}""")
public record AnthologyDetail(
        @Schema(description = "The anthology's id.", example = "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c") UUID id,
        @Schema(description = "The anthology's slug, unique among anthologies.", example = "memories") String slug,
        @Schema(description = "Display title, as usually written in English.", example = "Memories") String title,
        @Schema(description = "Title in its native script.", example = "MEMORIES", nullable = true) String titleNative,
        @Schema(description = "Romanized native title (modified Hepburn).", example = "Meikyū Monogatari", nullable = true) String titleRomanized,
        @Schema(description = "Other titles in use.", example = "[\"Otomo Katsuhiro's Memories\"]") List<String> alternateTitles,
        @Schema(description = "How it was first released.") AnthologyKind kind,
        @Schema(description = "Year of first release.", example = "1995", nullable = true) Short releaseYear,
        @Schema(description = "Date of the first public showing, when known to the day.", example = "1995-12-23", nullable = true) LocalDate premiereDate,
        @Schema(description = "Country of production, as an ISO 3166-1 alpha-2 code.", example = "JP", nullable = true) String country,
        @Schema(description = "Running time of the whole work, in minutes.", example = "113", nullable = true) Integer runtimeMinutes,
        @Schema(description = "A short synopsis.", example = "Three science-fiction stories adapted from Katsuhiro Otomo's manga.", nullable = true) String synopsis,
        @Schema(description = "URL of a cover or poster image.", example = "https://example.org/covers/memories.jpg", nullable = true) String coverImageUrl,
        @Schema(description = "The same work in other anime databases.") ExternalIdsView externalIds,
        @Schema(description = "Companies involved, with their roles, in the order the anthology lists them.") List<AnthologyCompanyView> companies,
        @Schema(description = "How many segments the anthology has.", example = "3") int segmentCount,
        @Schema(description = "When the record was created in this catalogue.", example = "2026-11-22T10:15:30Z") OffsetDateTime createdAt,
        @Schema(description = "When the record last changed.", example = "2026-11-22T10:15:30Z") OffsetDateTime updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The segments in running order; present when `include` has `segments`. Each carries its credits when `include` also has `credits`.")
        List<SegmentView> segments,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Credits on the whole anthology (not on one segment), in billing order; present when `include` has `credits`.")
        List<CreditView> credits,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Home-video releases, oldest first; present when `include` has `releases`.")
        List<EmbeddedRelease> releases) {
}
