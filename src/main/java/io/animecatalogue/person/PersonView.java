package io.animecatalogue.person;

import io.animecatalogue.externalid.ExternalIdsView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Person", description = "Someone credited in the catalogue. A year is given alone when the full date is unknown.",
        example = """
                {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c", "slug": "satoshi-kon", "name": "Satoshi Kon", "nameNative": "今敏", \
                "nameRomanized": "Kon Satoshi", "alternateNames": [], "birthDate": "1963-10-12", "birthYear": 1963, \
                "deathDate": "2010-08-24", "deathYear": 2010, "biography": "Filmmaker and manga artist.", \
                "externalIds": {"myAnimeList": null, "aniList": null, "aniDb": null, "animeNewsNetwork": null, "wikidata": null}, \
                "createdAt": "2026-11-22T10:15:30Z", "updatedAt": "2026-11-22T10:15:30Z"}""")
public record PersonView(
        @Schema(description = "The person's id.", example = "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c") UUID id,
        @Schema(description = "The person's slug, unique among people.", example = "satoshi-kon") String slug,
        @Schema(description = "Display name, in the order used in English credits.", example = "Satoshi Kon") String name,
        @Schema(description = "Name in its native script.", example = "今敏", nullable = true) String nameNative,
        @Schema(description = "Romanized native name, family name first (modified Hepburn).", example = "Kon Satoshi", nullable = true) String nameRomanized,
        @Schema(description = "Other names in use: other spellings, pseudonyms, credited aliases.", example = "[\"Mao Lamdo\"]") List<String> alternateNames,
        @Schema(description = "Date of birth, when known to the day.", example = "1963-10-12", nullable = true) LocalDate birthDate,
        @Schema(description = "Year of birth, when known (also when the full date is not).", example = "1963", nullable = true) Short birthYear,
        @Schema(description = "Date of death, when known to the day.", example = "2010-08-24", nullable = true) LocalDate deathDate,
        @Schema(description = "Year of death, when known.", example = "2010", nullable = true) Short deathYear,
        @Schema(description = "A short biography.", example = "Filmmaker and manga artist.", nullable = true) String biography,
        @Schema(description = "The same person in other anime databases.") ExternalIdsView externalIds,
        @Schema(description = "When the record was created in this catalogue.", example = "2026-11-22T10:15:30Z") OffsetDateTime createdAt,
        @Schema(description = "When the record last changed.", example = "2026-11-22T10:15:30Z") OffsetDateTime updatedAt) {
}
