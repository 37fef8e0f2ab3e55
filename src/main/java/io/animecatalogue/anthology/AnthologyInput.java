package io.animecatalogue.anthology;

import io.animecatalogue.anthology.credit.CreditLine;
import io.animecatalogue.externalid.ExternalIdsView;
import io.animecatalogue.anthology.segment.SegmentInput;
import io.animecatalogue.validation.CountryCode;
import io.animecatalogue.validation.DisplayText;
import io.animecatalogue.validation.HttpUrl;
import io.animecatalogue.validation.LongText;
import io.animecatalogue.validation.Minutes;
import io.animecatalogue.validation.Slug;
import io.animecatalogue.validation.Year;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(description = """
        An anthology as written by `POST`, `PUT` and `PATCH`. Lists left out are empty. A new anthology can bring its \
        segments and staff in the same request (`segments`, `credits`); once it exists, they are changed through \
        `/api/v1/segments` and `/api/v1/credits`, each with its own ETag, so that editors working on different \
        segments never block each other.""",
        example = """
                {"slug": "genius-party-beyond", "title": "Genius Party Beyond", "titleNative": "ジーニアス・パーティ・ビヨンド", \
                "titleRomanized": null, "alternateTitles": [], "kind": "film", "releaseYear": 2008, "premiereDate": null, \
                "country": "JP", "runtimeMinutes": null, "synopsis": null, "coverImageUrl": null, "externalIds": null, \
                "companies": [{"company": "studio-4c", "role": "animation_studio", "note": null}], \
                "credits": [], \
                "segments": [{"title": "Gala", "studio": "studio-4c"}, \
                {"title": "Dimension Bomb", "studio": "studio-4c", "credits": [{"person": "koji-morimoto", "role": "director", "note": null}]}]}""")
public record AnthologyInput(
        @Schema(description = "Unique among anthologies. Optional: when left out, a new anthology's slug is derived from its "
                + "title and a replaced anthology keeps its slug.", example = "memories", nullable = true)
        @Slug String slug,
        @Schema(description = "Display title, as usually written in English.", example = "Memories", required = true)
        @NotNull @DisplayText String title,
        @Schema(description = "Title in its native script.", example = "MEMORIES", nullable = true)
        @DisplayText String titleNative,
        @Schema(description = "Romanized native title (modified Hepburn).", example = "Meikyū Monogatari", nullable = true)
        @DisplayText String titleRomanized,
        @Schema(description = "Other titles in use; at most 50.", example = "[\"Otomo Katsuhiro's Memories\"]")
        @Size(max = 50) List<@NotNull @DisplayText String> alternateTitles,
        @Schema(description = "How it was first released.", required = true)
        @NotNull AnthologyKind kind,
        @Schema(description = "Year of first release; taken from `premiereDate` when left out.", example = "1995", nullable = true)
        @Year Short releaseYear,
        @Schema(description = "Date of the first public showing, when known to the day.", example = "1995-12-23", nullable = true)
        LocalDate premiereDate,
        @Schema(description = "Country of production, as an ISO 3166-1 alpha-2 code.", example = "JP", nullable = true)
        @CountryCode String country,
        @Schema(description = "Running time of the whole work, in minutes.", example = "113", nullable = true)
        @Minutes Integer runtimeMinutes,
        @Schema(description = "A short synopsis.", example = "Three science-fiction stories adapted from Katsuhiro Otomo's manga.", nullable = true)
        @LongText String synopsis,
        @Schema(description = "URL of a cover or poster image.", example = "https://example.org/covers/memories.jpg", nullable = true)
        @HttpUrl String coverImageUrl,
        @Schema(description = "The same work in other anime databases; each id may belong to one anthology only.", nullable = true)
        @Valid ExternalIdsView externalIds,
        @Schema(description = "Companies involved, with their roles, in the order to list them; at most 50.")
        @Size(max = 50) List<@NotNull @Valid CompanyLink> companies,
        @Schema(description = "Staff of the whole work, in billing order; only when the anthology is created.", nullable = true)
        @Size(max = 500) List<@NotNull @Valid CreditLine> credits,
        @Schema(description = "Its segments in running order, each with its staff; only when the anthology is created.", nullable = true)
        @Size(max = 100) List<@NotNull @Valid SegmentInput> segments) implements AnthologyRules.Draft {

    public AnthologyInput {
        alternateTitles = alternateTitles == null ? List.of() : alternateTitles;
        companies = companies == null ? List.of() : companies;
    }

    @Schema(name = "AnthologyCompanyInput", description = "A company's part in an anthology.",
            example = """
                    {"company": "madhouse", "role": "animation_studio", "note": "Stink Bomb"}""")
    public record CompanyLink(
            @Schema(description = "The company: id or slug.", example = "madhouse", required = true)
            @NotNull String company,
            @Schema(description = "What it did for the anthology.", required = true)
            @NotNull CompanyRole role,
            @Schema(description = "A qualification, such as the segments or the territory concerned.", example = "Stink Bomb", nullable = true)
            @DisplayText String note) implements AnthologyRules.DraftCompany {
    }
}
