package io.animecatalogue.company;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Company", description = "A studio, producer, distributor, home-video publisher or label.",
        example = """
                {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c", "slug": "madhouse", "name": "Madhouse", "nameNative": "マッドハウス", \
                "nameRomanized": null, "alternateNames": [], "kinds": ["animation_studio"], "country": "JP", "websiteUrl": null, \
                "createdAt": "2026-11-22T10:15:30Z", "updatedAt": "2026-11-22T10:15:30Z"}""")
public record CompanyView(
        @Schema(description = "The company's id.", example = "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c") UUID id,
        @Schema(description = "The company's slug, unique among companies.", example = "madhouse") String slug,
        @Schema(description = "Display name, as usually written in English.", example = "Madhouse") String name,
        @Schema(description = "Name in its native script.", example = "マッドハウス", nullable = true) String nameNative,
        @Schema(description = "Romanized native name (modified Hepburn).", example = "Maddohausu", nullable = true) String nameRomanized,
        @Schema(description = "Other names in use, such as former names.", example = "[\"Madhouse Inc.\"]") List<String> alternateNames,
        @Schema(description = "What the company does; at least one.", example = "[\"animation_studio\"]") List<CompanyKind> kinds,
        @Schema(description = "Country, as an ISO 3166-1 alpha-2 code.", example = "JP", nullable = true) String country,
        @Schema(description = "Official website.", example = "https://www.madhouse.co.jp/", nullable = true) String websiteUrl,
        @Schema(description = "When the record was created in this catalogue.", example = "2026-11-22T10:15:30Z") OffsetDateTime createdAt,
        @Schema(description = "When the record last changed.", example = "2026-11-22T10:15:30Z") OffsetDateTime updatedAt) {
}
