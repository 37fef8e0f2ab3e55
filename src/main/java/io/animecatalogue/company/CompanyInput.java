package io.animecatalogue.company;

import io.animecatalogue.validation.CountryCode;
import io.animecatalogue.validation.DisplayText;
import io.animecatalogue.validation.HttpUrl;
import io.animecatalogue.validation.Slug;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CompanyInput", description = "A company as written by `POST`, `PUT` and `PATCH`. Lists left out or null are empty.",
        example = """
                {"slug": "madhouse", "name": "Madhouse", "nameNative": "マッドハウス", "nameRomanized": "Maddohausu", \
                "alternateNames": [], "kinds": ["animation_studio"], "country": "JP", "websiteUrl": "https://www.madhouse.co.jp/"}""")
public record CompanyInput(
        @Schema(description = "Unique among companies. Optional: when left out, a new company's slug is derived from its name "
                + "and a replaced company keeps its slug.", example = "madhouse", nullable = true)
        @Slug String slug,
        @Schema(description = "Display name, as usually written in English.", example = "Madhouse", required = true)
        @NotNull @DisplayText String name,
        @Schema(description = "Name in its native script.", example = "マッドハウス", nullable = true)
        @DisplayText String nameNative,
        @Schema(description = "Romanized native name (modified Hepburn).", example = "Maddohausu", nullable = true)
        @DisplayText String nameRomanized,
        @Schema(description = "Other names in use, such as former names; at most 50.", example = "[\"Madhouse Inc.\"]")
        @Size(max = 50) List<@NotNull @DisplayText String> alternateNames,
        @Schema(description = "What the company does; at least one, each once.", example = "[\"animation_studio\"]", required = true)
        @NotEmpty @Size(max = 5) List<@NotNull CompanyKind> kinds,
        @Schema(description = "Country, as an ISO 3166-1 alpha-2 code.", example = "JP", nullable = true)
        @CountryCode String country,
        @Schema(description = "Official website (http or https).", example = "https://www.madhouse.co.jp/", nullable = true)
        @HttpUrl String websiteUrl) implements CompanyRules.Draft {

    public CompanyInput {
        alternateNames = alternateNames == null ? List.of() : alternateNames;
        kinds = kinds == null ? List.of() : kinds;
    }
}
