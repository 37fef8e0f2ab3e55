package io.animecatalogue.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A person, as named where another resource refers to them.",
        example = """
                {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c", "slug": "satoshi-kon", "name": "Satoshi Kon", \
                "nameNative": "今敏", "nameRomanized": "Kon Satoshi"}""")
public record PersonRef(
        @Schema(description = "The person's id.", example = "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c") UUID id,
        @Schema(description = "The person's slug.", example = "satoshi-kon") String slug,
        @Schema(description = "Display name, in the order used in English credits.", example = "Satoshi Kon") String name,
        @Schema(description = "Name in its native script.", example = "今敏", nullable = true) String nameNative,
        @Schema(description = "Romanized native name, family name first (modified Hepburn).", example = "Kon Satoshi", nullable = true) String nameRomanized) {
}
