package io.animecatalogue.externalid;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Identifiers in other databases; a member is null when the entry there is unknown to this catalogue. */
@Schema(name = "ExternalIds", description = "The same entry in other anime databases. Null members are unknown here, not absent there.",
        example = """
                {"myAnimeList": null, "aniList": 96872, "aniDb": null, "animeNewsNetwork": null, "wikidata": null}""")
public record ExternalIdsView(
        @Schema(description = "MyAnimeList id (myanimelist.net).", example = "1462", nullable = true)
        @Positive Integer myAnimeList,
        @Schema(description = "AniList id (anilist.co).", example = "96872", nullable = true)
        @Positive Integer aniList,
        @Schema(description = "AniDB id (anidb.net).", example = "101", nullable = true)
        @Positive Integer aniDb,
        @Schema(description = "Anime News Network encyclopedia id.", example = "1270", nullable = true)
        @Positive Integer animeNewsNetwork,
        @Schema(description = "Wikidata item id.", example = "Q1064932", nullable = true)
        @Pattern(regexp = "^Q[1-9][0-9]*$", message = "must be a Wikidata item id such as Q42") String wikidata) {
}
