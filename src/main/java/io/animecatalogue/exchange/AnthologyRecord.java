package io.animecatalogue.exchange;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import io.animecatalogue.anthology.AnthologyKind;
import io.animecatalogue.anthology.AnthologyRules;
import io.animecatalogue.anthology.CompanyRole;
import io.animecatalogue.person.CreditRole;
import io.animecatalogue.externalid.ExternalIdsView;
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

import java.time.LocalDate;
import java.util.List;

/** An anthology with everything it owns: its companies, its own credits, and its segments with theirs. */
@Schema(name = "AnthologyRecord", description = "An anthology with everything it owns: its companies, its own credits, and its segments in order with theirs. Billing order is list order.",
        example = """
                {"type": "anthology", "slug": "memories", "title": "Memories", "kind": "film", \
                "releaseYear": 1995, "country": "JP", "companies": [{"company": "studio-4c", "role": "animation_studio"}], \
                "credits": [{"person": "katsuhiro-otomo", "role": "general_director"}], \
                "segments": [{"slug": "magnetic-rose", "title": "Magnetic Rose", "studio": "studio-4c", \
                "credits": [{"person": "koji-morimoto", "role": "director"}, {"person": "satoshi-kon", "role": "screenplay"}]}]}""",
        properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "anthology",
                description = "The record's type."))
public record AnthologyRecord(
        @Schema(description = "Unique among anthologies; the key an import matches anthologies by.")
        @NotNull @Slug String slug,
        @Schema(description = "Display title, as usually written in English.")
        @NotNull @DisplayText String title,
        @Schema(description = "Title in its native script.")
        @DisplayText String titleNative,
        @Schema(description = "Romanized native title (modified Hepburn).")
        @DisplayText String titleRomanized,
        @Schema(description = "Other titles in use; at most 50.")
        @Size(max = 50) List<@NotNull @DisplayText String> alternateTitles,
        @Schema(description = "How it was first released.")
        @NotNull AnthologyKind kind,
        @Schema(description = "Year of first release.")
        @Year Short releaseYear,
        @Schema(description = "Date of the first public showing, when known to the day.")
        LocalDate premiereDate,
        @Schema(description = "Country of production, as an ISO 3166-1 alpha-2 code.")
        @CountryCode String country,
        @Schema(description = "Running time of the whole work, in minutes.")
        @Minutes Integer runtimeMinutes,
        @Schema(description = "A short synopsis.")
        @LongText String synopsis,
        @Schema(description = "URL of a cover or poster image.")
        @HttpUrl String coverImageUrl,
        @Schema(description = "The same work in other anime databases; each id may belong to one anthology only.")
        @Valid ExternalIdsView externalIds,
        @Schema(description = "Companies involved, with their roles, in the order to list them; at most 50.")
        @Size(max = 50) List<@NotNull @Valid Company> companies,
        @Schema(description = "Staff of the whole work, in billing order.")
        @Size(max = 500) List<@NotNull @Valid Credit> credits,
        @Schema(description = "Its segments in running order, each with its staff. On import they replace the anthology's: segments left out are deleted, the others keep their ids.")
        @Size(max = 100) List<@NotNull @Valid Segment> segments) implements CatalogueRecord, AnthologyRules.Draft {

    public AnthologyRecord {
        alternateTitles = CatalogueRecord.orEmpty(alternateTitles);
        companies = CatalogueRecord.orEmpty(companies);
        credits = CatalogueRecord.orEmpty(credits);
        segments = CatalogueRecord.orEmpty(segments);
    }

    @Override
    public AnthologyRecord canonical() {
        return new AnthologyRecord(slug, title, titleNative, titleRomanized, alternateTitles, kind,
                AnthologyRules.releaseYear(this), premiereDate, country, runtimeMinutes, synopsis, coverImageUrl,
                CatalogueRecord.orNull(externalIds), companies, credits, segments);
    }

    /** A company's part in the anthology. */
    @Schema(name = "AnthologyRecordCompany", description = "A company's part in the anthology, by the company's slug.",
            example = """
                    {"company": "studio-4c", "role": "animation_studio"}""")
    public record Company(
            @Schema(description = "The company, by slug.") @NotNull @Slug String company,
            @Schema(description = "What it did for the anthology.") @NotNull CompanyRole role,
            @Schema(description = "A qualification, such as the segments or the territory concerned.") @DisplayText String note)
            implements AnthologyRules.DraftCompany {
    }

    /** A person's role, on the anthology or on the segment that lists it; billing order is list order. */
    @Schema(name = "RecordCredit", description = "A person's role (by the person's slug) on the anthology or segment that lists it.",
            example = """
                    {"person": "satoshi-kon", "role": "screenplay"}""")
    public record Credit(
            @Schema(description = "The person credited, by slug.") @NotNull @Slug String person,
            @Schema(description = "The role.") @NotNull CreditRole role,
            @Schema(description = "A qualification of the credit.") @DisplayText String note) implements AnthologyRules.DraftCredit {
    }

    /** A segment; its position is its place in the list, from 1. */
    @Schema(name = "SegmentRecord", description = "A segment of the anthology; its position is its place in the list.",
            example = """
                    {"slug": "magnetic-rose", "title": "Magnetic Rose", "titleNative": "彼女の想いで", "studio": "studio-4c", \
                    "credits": [{"person": "koji-morimoto", "role": "director"}]}""")
    public record Segment(
            @Schema(description = "Unique among all segments; an import matches the anthology's segments by it.")
            @NotNull @Slug String slug,
            @Schema(description = "Display title, as usually written in English.")
            @NotNull @DisplayText String title,
            @Schema(description = "Title in its native script.")
            @DisplayText String titleNative,
            @Schema(description = "Romanized native title (modified Hepburn).")
            @DisplayText String titleRomanized,
            @Schema(description = "Other titles in use; at most 50.")
            @Size(max = 50) List<@NotNull @DisplayText String> alternateTitles,
            @Schema(description = "Running time in minutes.")
            @Minutes Integer runtimeMinutes,
            @Schema(description = "A short synopsis.")
            @LongText String synopsis,
            @Schema(description = "The animation studio that made it, by slug.")
            @Slug String studio,
            @Schema(description = "What the segment is adapted from.")
            @LongText String sourceWork,
            @Schema(description = "Its staff in billing order.")
            @Size(max = 500) List<@NotNull @Valid Credit> credits) implements AnthologyRules.DraftSegment {

        public Segment {
            alternateTitles = CatalogueRecord.orEmpty(alternateTitles);
            credits = CatalogueRecord.orEmpty(credits);
        }
    }
}
