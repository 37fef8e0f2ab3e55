package io.animecatalogue.exchange;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import io.animecatalogue.release.AudioTrackView;
import io.animecatalogue.release.PrintStatus;
import io.animecatalogue.release.ReleaseFormat;
import io.animecatalogue.release.ReleaseRules;
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
        example = """
                {"type": "release", "slug": "memories-us-dvd", "anthology": "memories", "format": "dvd", "country": "US", \
                "regionCodes": ["1"], "publisher": "sony-pictures-home-entertainment", "releaseDate": "2004-02-24", \
                "releaseYear": 2004, "aspectRatio": "1.85:1", "anamorphic": true, \
                "audioTracks": [{"language": "ja", "channels": "5.1"}], "subtitleLanguages": ["en"], \
                "segments": ["magnetic-rose", "stink-bomb", "cannon-fodder"], "printStatus": "out_of_print"}""",
        properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "release",
                description = "The record's type."))
public record ReleaseRecord(
        @Schema(description = "Unique among releases; the key an import matches releases by.")
        @NotNull @Slug String slug,
        @Schema(description = "The anthology released, by slug.")
        @NotNull @Slug String anthology,
        @Schema(description = "The medium.")
        @NotNull ReleaseFormat format,
        @Schema(description = "Country of release, as an ISO 3166-1 alpha-2 code.")
        @CountryCode String country,
        @Schema(description = "Disc region codes: DVD `0`-`8`, Blu-ray `A`-`C`, or `free`; at most 13.")
        @Size(max = 13) List<@NotNull @Pattern(regexp = "^([0-8]|[ABC]|free)$",
                message = "must be a DVD region 0 to 8, a Blu-ray region A, B or C, or free") String> regionCodes,
        @Schema(description = "The home-video publisher, by slug.")
        @Slug String publisher,
        @Schema(description = "Release date, when known to the day; a real calendar date as YYYY-MM-DD.")
        LocalDate releaseDate,
        @Schema(description = "Release year, when known (also when the full date is not). Left out with a `releaseDate`, it is the date's year; given with one, it must be the date's year.")
        @Year Short releaseYear,
        @Schema(description = "Edition name.")
        @DisplayText String edition,
        @Schema(description = "The publisher's catalog number.")
        @DisplayText String catalogNumber,
        @Schema(description = "UPC-A (12 digits), EAN-13 or EAN-8 barcode, with a correct check digit.")
        @Barcode String barcode,
        @Schema(description = "Picture aspect ratio, as width:1.")
        @Pattern(regexp = "^[0-9]{1,2}(\\.[0-9]{1,2})?:1$", message = "must be an aspect ratio such as 1.85:1 or 2.35:1") String aspectRatio,
        @Schema(description = "Whether the widescreen picture is anamorphic (enhanced for 16:9 displays).")
        Boolean anamorphic,
        @Schema(description = "Audio tracks in the order the release lists them; at most 50.")
        @Size(max = 50) List<@NotNull @Valid AudioTrackView> audioTracks,
        @Schema(description = "Subtitle languages, as BCP 47 tags; at most 50.")
        @Size(max = 50) List<@NotNull @LanguageTag String> subtitleLanguages,
        @Schema(description = "Number of discs or tapes, 1 to 100.")
        @Min(1) @Max(100) Short discCount,
        @Schema(description = "Running time of the main feature, in minutes.")
        @Minutes Integer runtimeMinutes,
        @Schema(description = "Bonus features, as listed by the release; at most 50.")
        @Size(max = 50) List<@NotNull @DisplayText String> bonusFeatures,
        @Schema(description = "Whether it can still be bought new; null when unknown. Only an `announced` release may have a date or year in the future.")
        PrintStatus printStatus,
        @Schema(description = "The anthology's segments this release contains, by slug, each once, in any order; at most 100. Export lists them in running order.")
        @Size(max = 100) List<@NotNull @Slug String> segments,
        @Schema(description = "Anything else worth knowing about the release.")
        @LongText String notes) implements CatalogueRecord, ReleaseRules.Draft {

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
                ReleaseRules.releaseYear(this), edition, catalogNumber, barcode, aspectRatio,
                anamorphic, audioTracks, subtitleLanguages, discCount, runtimeMinutes, bonusFeatures, printStatus,
                segments, notes);
    }
}
