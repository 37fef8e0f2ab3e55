package io.animecatalogue.release;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * The constraints are those of the catalogue import's release record, so that a release is held to the same rules
 * however it enters the catalogue; only the references differ, since the API takes ids as well as slugs.
 */
@Schema(name = "ReleaseInput", description = "A home-video release as written by `POST`, `PUT` and `PATCH`. Lists left out "
        + "or null are empty. `anthology`, `publisher` and `segments` name other resources by id (a UUID) or slug. The "
        + "segments must be the anthology's own, each listed once; they are stored as a set and shown in running order. "
        + "A `releaseDate` implies its year: `releaseYear` may be left out, and when given must agree. A date or year in "
        + "the future is accepted only when `printStatus` is `announced`. Without a `slug`, a new release's slug is "
        + "derived from the anthology's slug, the country (when given) and the format, such as `memories-us-blu-ray`, "
        + "with a `-2`, `-3`, ... suffix when that is taken.",
        example = """
                {"slug": "memories-uk-blu-ray", "anthology": "memories", "format": "blu_ray", "country": "GB", \
                "regionCodes": ["B"], "publisher": "discotek-media", "releaseDate": "2022-05-16", "releaseYear": 2022, \
                "edition": "Limited Edition", "catalogNumber": "DTK-0001", "barcode": "5021866000008", "aspectRatio": "1.85:1", \
                "anamorphic": true, "audioTracks": [{"language": "ja", "codec": "LPCM", "channels": "2.0"}], \
                "subtitleLanguages": ["en"], "discCount": 1, "runtimeMinutes": 113, "bonusFeatures": ["Trailer"], \
                "printStatus": "in_print", "segments": ["magnetic-rose", "stink-bomb", "cannon-fodder"], "notes": null}""")
public record ReleaseInput(
        @Schema(description = "Unique among releases. Optional: when left out, a new release's slug is derived from the "
                + "anthology's slug, the country and the format, and a replaced release keeps its slug.",
                example = "memories-uk-blu-ray", nullable = true)
        @Slug String slug,
        @Schema(description = "The anthology released, by id (a UUID) or slug.", example = "memories", required = true)
        @NotNull String anthology,
        @Schema(description = "The medium.", required = true)
        @NotNull ReleaseFormat format,
        @Schema(description = "Country of release, as an ISO 3166-1 alpha-2 code.", example = "GB", nullable = true)
        @CountryCode String country,
        @Schema(description = "Disc region codes: DVD `0`-`8`, Blu-ray `A`-`C`, or `free`; at most 13.", example = "[\"B\"]")
        @Size(max = 13) List<@NotNull @Pattern(regexp = "^([0-8]|[ABC]|free)$",
                message = "must be a DVD region 0 to 8, a Blu-ray region A, B or C, or free") String> regionCodes,
        @Schema(description = "The home-video publisher, by id (a UUID) or slug.", example = "discotek-media", nullable = true)
        String publisher,
        @Schema(description = "Release date, when known to the day; a real calendar date as YYYY-MM-DD.",
                example = "2022-05-16", nullable = true)
        LocalDate releaseDate,
        @Schema(description = "Release year, when known (also when the full date is not). Left out with a `releaseDate`, it "
                + "is the date's year; given with one, it must be the date's year.", example = "2022", nullable = true)
        @Year Short releaseYear,
        @Schema(description = "Edition name.", example = "Limited Edition", nullable = true)
        @DisplayText String edition,
        @Schema(description = "The publisher's catalog number.", example = "DTK-0001", nullable = true)
        @DisplayText String catalogNumber,
        @Schema(description = "UPC-A (12 digits), EAN-13 or EAN-8 barcode, with a correct check digit.",
                example = "5021866000008", nullable = true)
        @Barcode String barcode,
        @Schema(description = "Picture aspect ratio, as width:1.", example = "1.85:1", nullable = true)
        @Pattern(regexp = "^[0-9]{1,2}(\\.[0-9]{1,2})?:1$", message = "must be an aspect ratio such as 1.85:1 or 2.35:1")
        String aspectRatio,
        @Schema(description = "Whether the widescreen picture is anamorphic (enhanced for 16:9 displays).", example = "true",
                nullable = true)
        Boolean anamorphic,
        @Schema(description = "Audio tracks in the order the release lists them; at most 50.")
        @Size(max = 50) List<@NotNull @Valid AudioTrackView> audioTracks,
        @Schema(description = "Subtitle languages, as BCP 47 tags; at most 50.", example = "[\"en\"]")
        @Size(max = 50) List<@NotNull @LanguageTag String> subtitleLanguages,
        @Schema(description = "Number of discs or tapes, 1 to 100.", example = "1", nullable = true)
        @Min(1) @Max(100) Short discCount,
        @Schema(description = "Running time of the main feature, in minutes.", example = "113", nullable = true)
        @Minutes Integer runtimeMinutes,
        @Schema(description = "Bonus features, as listed by the release; at most 50.", example = "[\"Trailer\"]")
        @Size(max = 50) List<@NotNull @DisplayText String> bonusFeatures,
        @Schema(description = "Whether it can still be bought new; null when unknown. Only an `announced` release may have "
                + "a date or year in the future.", nullable = true)
        PrintStatus printStatus,
        @Schema(description = "The anthology's segments this release contains, by id (a UUID) or slug, each once; at most "
                + "100. Shown in running order whatever the order given.", example = "[\"magnetic-rose\", \"cannon-fodder\"]")
        @Size(max = 100) List<@NotNull String> segments,
        @Schema(description = "Anything else worth knowing about the release.", example = "Japanese audio only.", nullable = true)
        @LongText String notes) implements ReleaseRules.Draft {

    public ReleaseInput {
        regionCodes = regionCodes == null ? List.of() : regionCodes;
        audioTracks = audioTracks == null ? List.of() : audioTracks;
        subtitleLanguages = subtitleLanguages == null ? List.of() : subtitleLanguages;
        bonusFeatures = bonusFeatures == null ? List.of() : bonusFeatures;
        segments = segments == null ? List.of() : segments;
    }
}
