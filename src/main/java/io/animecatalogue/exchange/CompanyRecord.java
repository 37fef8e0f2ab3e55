package io.animecatalogue.exchange;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import io.animecatalogue.company.CompanyKind;
import io.animecatalogue.validation.CountryCode;
import io.animecatalogue.validation.DisplayText;
import io.animecatalogue.validation.HttpUrl;
import io.animecatalogue.validation.Slug;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

@Schema(name = "CompanyRecord", description = "A company: studio, producer, distributor or publisher.",
        properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "company",
                description = "The record's type."))
public record CompanyRecord(
        @NotNull @Slug String slug,
        @NotNull @DisplayText String name,
        @DisplayText String nameNative,
        @DisplayText String nameRomanized,
        @Size(max = 50) List<@NotNull @DisplayText String> alternateNames,
        @NotEmpty List<@NotNull CompanyKind> kinds,
        @CountryCode String country,
        @HttpUrl String websiteUrl) implements CatalogueRecord {

    public CompanyRecord {
        alternateNames = CatalogueRecord.orEmpty(alternateNames);
        kinds = CatalogueRecord.orEmpty(kinds);
    }

    @Override
    public CompanyRecord canonical() {
        return this;
    }
}
