package io.animecatalogue.exchange;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import io.animecatalogue.company.CompanyKind;
import io.animecatalogue.company.CompanyRules;
import io.animecatalogue.validation.CountryCode;
import io.animecatalogue.validation.DisplayText;
import io.animecatalogue.validation.HttpUrl;
import io.animecatalogue.validation.Slug;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

@Schema(name = "CompanyRecord", description = "A company: studio, producer, distributor or publisher.",
        example = """
                {"type": "company", "slug": "madhouse", "name": "Madhouse", "nameNative": "マッドハウス", \
                "kinds": ["animation_studio"], "country": "JP"}""",
        properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "company",
                description = "The record's type."))
public record CompanyRecord(
        @Schema(description = "Unique among companies; the key an import matches companies by.")
        @NotNull @Slug String slug,
        @Schema(description = "Display name, as usually written in English.")
        @NotNull @DisplayText String name,
        @Schema(description = "Name in its native script.")
        @DisplayText String nameNative,
        @Schema(description = "Romanized native name (modified Hepburn).")
        @DisplayText String nameRomanized,
        @Schema(description = "Other names in use, such as former names; at most 50.")
        @Size(max = 50) List<@NotNull @DisplayText String> alternateNames,
        @Schema(description = "What the company does; at least one, each once.")
        @NotEmpty @Size(max = 5) List<@NotNull CompanyKind> kinds,
        @Schema(description = "Country, as an ISO 3166-1 alpha-2 code.")
        @CountryCode String country,
        @Schema(description = "Official website (http or https).")
        @HttpUrl String websiteUrl) implements CatalogueRecord, CompanyRules.Draft {

    public CompanyRecord {
        alternateNames = CatalogueRecord.orEmpty(alternateNames);
        kinds = CatalogueRecord.orEmpty(kinds);
    }

    @Override
    public CompanyRecord canonical() {
        return this;
    }
}
