package io.animecatalogue.exchange;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import io.animecatalogue.anthology.AnthologyKind;
import io.animecatalogue.anthology.CompanyRole;
import io.animecatalogue.credit.CreditRole;
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
        properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "anthology",
                description = "The record's type."))
public record AnthologyRecord(
        @NotNull @Slug String slug,
        @NotNull @DisplayText String title,
        @DisplayText String titleNative,
        @DisplayText String titleRomanized,
        @Size(max = 50) List<@NotNull @DisplayText String> alternateTitles,
        @NotNull AnthologyKind kind,
        @Year Short releaseYear,
        LocalDate premiereDate,
        @CountryCode String country,
        @Minutes Integer runtimeMinutes,
        @LongText String synopsis,
        @HttpUrl String coverImageUrl,
        @Valid ExternalIdsView externalIds,
        @Size(max = 50) List<@NotNull @Valid Company> companies,
        @Size(max = 500) List<@NotNull @Valid Credit> credits,
        @Size(max = 100) List<@NotNull @Valid Segment> segments) implements CatalogueRecord {

    public AnthologyRecord {
        alternateTitles = CatalogueRecord.orEmpty(alternateTitles);
        companies = CatalogueRecord.orEmpty(companies);
        credits = CatalogueRecord.orEmpty(credits);
        segments = CatalogueRecord.orEmpty(segments);
    }

    @Override
    public AnthologyRecord canonical() {
        return new AnthologyRecord(slug, title, titleNative, titleRomanized, alternateTitles, kind, releaseYear,
                premiereDate, country, runtimeMinutes, synopsis, coverImageUrl, CatalogueRecord.orNull(externalIds),
                companies, credits, segments);
    }

    /** A company's part in the anthology. */
    @Schema(name = "AnthologyRecordCompany", description = "A company's part in the anthology, by the company's slug.")
    public record Company(@NotNull @Slug String company, @NotNull CompanyRole role, @DisplayText String note) {
    }

    /** A person's role, on the anthology or on the segment that lists it; billing order is list order. */
    @Schema(name = "RecordCredit", description = "A person's role (by the person's slug) on the anthology or segment that lists it.")
    public record Credit(@NotNull @Slug String person, @NotNull CreditRole role, @DisplayText String note) {
    }

    /** A segment; its position is its place in the list, from 1. */
    @Schema(name = "SegmentRecord", description = "A segment of the anthology; its position is its place in the list.")
    public record Segment(
            @NotNull @Slug String slug,
            @NotNull @DisplayText String title,
            @DisplayText String titleNative,
            @DisplayText String titleRomanized,
            @Size(max = 50) List<@NotNull @DisplayText String> alternateTitles,
            @Minutes Integer runtimeMinutes,
            @LongText String synopsis,
            @Slug String studio,
            @LongText String sourceWork,
            @Size(max = 500) List<@NotNull @Valid Credit> credits) {

        public Segment {
            alternateTitles = CatalogueRecord.orEmpty(alternateTitles);
            credits = CatalogueRecord.orEmpty(credits);
        }
    }
}
