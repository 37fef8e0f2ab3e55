package io.animecatalogue.exchange;

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

    /** A company's part in the anthology. */
    public record Company(@NotNull @Slug String company, @NotNull CompanyRole role, @DisplayText String note) {
    }

    /** A person's role, on the anthology or on the segment that lists it; billing order is list order. */
    public record Credit(@NotNull @Slug String person, @NotNull CreditRole role, @DisplayText String note) {
    }

    /** A segment; its position is its place in the list, from 1. */
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
