package io.animecatalogue.exchange;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import io.animecatalogue.externalid.ExternalIdsView;
import io.animecatalogue.validation.DisplayText;
import io.animecatalogue.validation.LongText;
import io.animecatalogue.validation.Slug;
import io.animecatalogue.validation.Year;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "PersonRecord", description = "A person who is credited somewhere in the catalogue.",
        properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "person",
                description = "The record's type."))
public record PersonRecord(
        @NotNull @Slug String slug,
        @NotNull @DisplayText String name,
        @DisplayText String nameNative,
        @DisplayText String nameRomanized,
        @Size(max = 50) List<@NotNull @DisplayText String> alternateNames,
        LocalDate birthDate,
        @Year Short birthYear,
        LocalDate deathDate,
        @Year Short deathYear,
        @LongText String biography,
        @Valid ExternalIdsView externalIds) implements CatalogueRecord {

    public PersonRecord {
        alternateNames = CatalogueRecord.orEmpty(alternateNames);
    }

    @Override
    public PersonRecord canonical() {
        return new PersonRecord(slug, name, nameNative, nameRomanized, alternateNames, birthDate,
                CatalogueRecord.yearOf(birthDate, birthYear), deathDate, CatalogueRecord.yearOf(deathDate, deathYear),
                biography, CatalogueRecord.orNull(externalIds));
    }
}
