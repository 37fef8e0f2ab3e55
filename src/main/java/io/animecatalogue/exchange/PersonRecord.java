package io.animecatalogue.exchange;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import io.animecatalogue.externalid.ExternalIdsView;
import io.animecatalogue.person.PersonRules;
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
        example = """
                {"type": "person", "slug": "satoshi-kon", "name": "Satoshi Kon", "nameNative": "今敏", \
                "nameRomanized": "Kon Satoshi", "birthDate": "1963-10-12", "birthYear": 1963, "deathDate": "2010-08-24", \
                "deathYear": 2010}""",
        properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "person",
                description = "The record's type."))
public record PersonRecord(
        @Schema(description = "Unique among people; the key an import matches people by.")
        @NotNull @Slug String slug,
        @Schema(description = "Display name, in the order used in English credits.")
        @NotNull @DisplayText String name,
        @Schema(description = "Name in its native script.")
        @DisplayText String nameNative,
        @Schema(description = "Romanized native name, family name first (modified Hepburn).")
        @DisplayText String nameRomanized,
        @Schema(description = "Other names in use: other spellings, pseudonyms, credited aliases; at most 50.")
        @Size(max = 50) List<@NotNull @DisplayText String> alternateNames,
        @Schema(description = "Date of birth, when known to the day; not in the future.")
        LocalDate birthDate,
        @Schema(description = "Year of birth; taken from `birthDate` when left out, and must be its year when both are given.")
        @Year Short birthYear,
        @Schema(description = "Date of death, when known to the day; not in the future and not before the birth.")
        LocalDate deathDate,
        @Schema(description = "Year of death; taken from `deathDate` when left out, and must be its year when both are given.")
        @Year Short deathYear,
        @Schema(description = "A short biography, up to 10,000 characters.")
        @LongText String biography,
        @Schema(description = "The same person in other anime databases; each id may belong to one person only. Left out or null: none known.")
        @Valid ExternalIdsView externalIds) implements CatalogueRecord, PersonRules.Draft {

    public PersonRecord {
        alternateNames = CatalogueRecord.orEmpty(alternateNames);
    }

    @Override
    public PersonRecord canonical() {
        return new PersonRecord(slug, name, nameNative, nameRomanized, alternateNames, birthDate,
                PersonRules.birthYear(this), deathDate, PersonRules.deathYear(this),
                biography, CatalogueRecord.orNull(externalIds));
    }
}
