package io.animecatalogue.exchange;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import io.animecatalogue.release.AudioTrackView;
import io.animecatalogue.release.PrintStatus;
import io.animecatalogue.release.ReleaseFormat;
import io.animecatalogue.validation.Barcode;
import io.animecatalogue.validation.CountryCode;
import io.animecatalogue.validation.DisplayText;
import io.animecatalogue.validation.LanguageTag;
import io.animecatalogue.validation.LongText;
import io.animecatalogue.validation.Minutes;
import io.animecatalogue.validation.Slug;
import io.animecatalogue.validation.Year;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "ReleaseRecord", description = "A home-video release of an anthology; `segments` lists the segments it holds, in any order.",
        properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "release",
                description = "The record's type."))
public record ReleaseRecord(
        @NotNull @Slug String slug,
        @NotNull @Slug String anthology,
        @NotNull ReleaseFormat format,
        @CountryCode String country,
        @Size(max = 13) List<@NotNull @Pattern(regexp = "^([0-8]|[ABC]|free)$",
                message = "must be a DVD region 0 to 8, a Blu-ray region A, B or C, or free") String> regionCodes,
        @Slug String publisher,
        LocalDate releaseDate,
        @Year Short releaseYear,
        @DisplayText String edition,
        @DisplayText String catalogNumber,
        @Barcode String barcode,
        @Pattern(regexp = "^[0-9]{1,2}(\\.[0-9]{1,2})?:1$", message = "must be an aspect ratio such as 1.85:1 or 2.35:1") String aspectRatio,
        Boolean anamorphic,
        @Size(max = 50) List<@NotNull @Valid AudioTrackView> audioTracks,
        @Size(max = 50) List<@NotNull @LanguageTag String> subtitleLanguages,
        @Min(1) @Max(100) Short discCount,
        @Minutes Integer runtimeMinutes,
        @Size(max = 50) List<@NotNull @DisplayText String> bonusFeatures,
        PrintStatus printStatus,
        @Size(max = 100) List<@NotNull @Slug String> segments,
        @LongText String notes) implements CatalogueRecord {

    public ReleaseRecord {
        regionCodes = CatalogueRecord.orEmpty(regionCodes);
        audioTracks = CatalogueRecord.orEmpty(audioTracks);
        subtitleLanguages = CatalogueRecord.orEmpty(subtitleLanguages);
        bonusFeatures = CatalogueRecord.orEmpty(bonusFeatures);
        segments = CatalogueRecord.orEmpty(segments);
    }

    /** Also with its segments in slug order: a release holds them as a set, so their order in a file means nothing. */
    @Override
    public ReleaseRecord canonical() {
        return withSegments(segments.stream().sorted().toList());
    }

    ReleaseRecord withSegments(List<String> segments) {
        return new ReleaseRecord(slug, anthology, format, country, regionCodes, publisher, releaseDate,
                CatalogueRecord.yearOf(releaseDate, releaseYear), edition, catalogNumber, barcode, aspectRatio,
                anamorphic, audioTracks, subtitleLanguages, discCount, runtimeMinutes, bonusFeatures, printStatus,
                segments, notes);
    }
}
