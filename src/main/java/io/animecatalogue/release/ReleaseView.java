package io.animecatalogue.release;

import io.animecatalogue.anthology.EmbeddedRelease;
import io.animecatalogue.anthology.AnthologyRef;
import io.animecatalogue.company.CompanyRef;
import io.animecatalogue.anthology.segment.SegmentRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Release", description = "A home-video release of an anthology, with its specs. Unknown specs are null.",
        example = """
                {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c", "slug": "memories-us-dvd", \
                "anthology": {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8d", "slug": "memories", "title": "Memories", \
                "titleNative": "MEMORIES", "titleRomanized": null, "kind": "film", "releaseYear": 1995}, \
                "format": "dvd", "country": "US", "regionCodes": ["1"], \
                "publisher": {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8e", "slug": "sony-pictures-home-entertainment", \
                "name": "Sony Pictures Home Entertainment", "nameNative": null}, \
                "releaseDate": "2004-02-24", "releaseYear": 2004, "edition": null, "catalogNumber": null, "barcode": null, \
                "aspectRatio": "1.85:1", "anamorphic": true, "audioTracks": [{"language": "ja", "codec": null, "channels": "5.1"}], \
                "subtitleLanguages": ["en"], "discCount": null, "runtimeMinutes": 114, "bonusFeatures": ["Featurette with interviews"], \
                "printStatus": "out_of_print", "segments": [], "notes": null, \
                "createdAt": "2026-11-22T10:15:30Z", "updatedAt": "2026-11-22T10:15:30Z"}""")
public record ReleaseView(
        @Schema(description = "The release's id.", example = "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c") UUID id,
        @Schema(description = "The release's slug, unique among releases.", example = "memories-us-dvd") String slug,
        @Schema(description = "The anthology released.") AnthologyRef anthology,
        @Schema(description = "The medium.") ReleaseFormat format,
        @Schema(description = "Country of release, as an ISO 3166-1 alpha-2 code.", example = "US", nullable = true) String country,
        @Schema(description = "Disc region codes: DVD `0`-`8`, Blu-ray `A`-`C`, or `free`.", example = "[\"1\"]") List<String> regionCodes,
        @Schema(description = "The home-video publisher.", nullable = true) CompanyRef publisher,
        @Schema(description = "Release date, when known to the day.", example = "2004-02-24", nullable = true) LocalDate releaseDate,
        @Schema(description = "Release year, when known (also when the full date is not).", example = "2004", nullable = true) Short releaseYear,
        @Schema(description = "Edition name.", example = "Collector's Edition", nullable = true) String edition,
        @Schema(description = "The publisher's catalog number.", example = "DT-0001", nullable = true) String catalogNumber,
        @Schema(description = "UPC-A, EAN-13 or EAN-8 barcode digits.", example = "012345678905", nullable = true) String barcode,
        @Schema(description = "Picture aspect ratio, as width:1.", example = "1.85:1", nullable = true) String aspectRatio,
        @Schema(description = "Whether the widescreen picture is anamorphic (enhanced for 16:9 displays).", example = "true", nullable = true) Boolean anamorphic,
        @Schema(description = "Audio tracks in the order the release lists them.") List<AudioTrackView> audioTracks,
        @Schema(description = "Subtitle languages, as BCP 47 tags.", example = "[\"en\"]") List<String> subtitleLanguages,
        @Schema(description = "Number of discs or tapes.", example = "1", nullable = true) Short discCount,
        @Schema(description = "Running time of the main feature, in minutes.", example = "114", nullable = true) Integer runtimeMinutes,
        @Schema(description = "Bonus features, as listed by the release.", example = "[\"Featurette with interviews\"]") List<String> bonusFeatures,
        @Schema(description = "Whether it can still be bought new; null when unknown.", nullable = true) PrintStatus printStatus,
        @Schema(description = "The anthology's segments this release contains, in running order.") List<SegmentRef> segments,
        @Schema(description = "Anything else worth knowing about the release.", example = "Japanese audio only.", nullable = true) String notes,
        @Schema(description = "When the record was created in this catalogue.", example = "2026-11-22T10:15:30Z") OffsetDateTime createdAt,
        @Schema(description = "When the record last changed.", example = "2026-11-22T10:15:30Z") OffsetDateTime updatedAt) implements EmbeddedRelease {
}
