package io.animecatalogue.person;

import io.animecatalogue.externalid.ExternalIdsView;
import io.animecatalogue.validation.DisplayText;
import io.animecatalogue.validation.LongText;
import io.animecatalogue.validation.Slug;
import io.animecatalogue.validation.Year;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "PersonInput", description = "A person as written by `POST`, `PUT` and `PATCH`. Lists left out or null are "
        + "empty. A year left out is taken from the date given with it; a year given with a date must be that date's "
        + "year. Birth and death may not lie in the future, and death may not come before birth.",
        example = """
                {"slug": "satoshi-kon", "name": "Satoshi Kon", "nameNative": "今敏", "nameRomanized": "Kon Satoshi", \
                "alternateNames": [], "birthDate": "1963-10-12", "birthYear": 1963, "deathDate": "2010-08-24", \
                "deathYear": 2010, "biography": "Filmmaker and manga artist.", \
                "externalIds": {"myAnimeList": null, "aniList": null, "aniDb": null, "animeNewsNetwork": null, "wikidata": null}}""")
public record PersonInput(
        @Schema(description = "Unique among people. Optional: when left out, a new person's slug is derived from their name "
                + "and a replaced person keeps their slug.", example = "satoshi-kon", nullable = true)
        @Slug String slug,
        @Schema(description = "Display name, in the order used in English credits.", example = "Satoshi Kon", required = true)
        @NotNull @DisplayText String name,
        @Schema(description = "Name in its native script.", example = "今敏", nullable = true)
        @DisplayText String nameNative,
        @Schema(description = "Romanized native name, family name first (modified Hepburn).", example = "Kon Satoshi", nullable = true)
        @DisplayText String nameRomanized,
        @Schema(description = "Other names in use: other spellings, pseudonyms, credited aliases; at most 50.", example = "[\"Mao Lamdo\"]")
        @Size(max = 50) List<@NotNull @DisplayText String> alternateNames,
        @Schema(description = "Date of birth, when known to the day; not in the future.", example = "1963-10-12", nullable = true)
        LocalDate birthDate,
        @Schema(description = "Year of birth, from 1900 to 2100 and not in the future. Taken from `birthDate` when left out; "
                + "must be its year when both are given.", example = "1963", nullable = true)
        @Year Short birthYear,
        @Schema(description = "Date of death, when known to the day; not in the future and not before the birth.",
                example = "2010-08-24", nullable = true)
        LocalDate deathDate,
        @Schema(description = "Year of death, from 1900 to 2100, not in the future and not before the year of birth. Taken "
                + "from `deathDate` when left out; must be its year when both are given.", example = "2010", nullable = true)
        @Year Short deathYear,
        @Schema(description = "A short biography, up to 10,000 characters.", example = "Filmmaker and manga artist.", nullable = true)
        @LongText String biography,
        @Schema(description = "The same person in other anime databases; each id may belong to one person only. Left out or "
                + "null: none known.", nullable = true,
                example = "{\"myAnimeList\": null, \"aniList\": 96872, \"aniDb\": null, \"animeNewsNetwork\": null, \"wikidata\": null}")
        @Valid ExternalIdsView externalIds) implements PersonRules.Draft {

    public PersonInput {
        alternateNames = alternateNames == null ? List.of() : alternateNames;
    }
}
