package io.animecatalogue.company;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A company, as named where another resource refers to it.",
        example = """
                {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c", "slug": "studio-4c", "name": "Studio 4°C", "nameNative": "STUDIO4℃"}""")
public record CompanyRef(
        @Schema(description = "The company's id.", example = "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c") UUID id,
        @Schema(description = "The company's slug.", example = "studio-4c") String slug,
        @Schema(description = "Display name.", example = "Studio 4°C") String name,
        @Schema(description = "Name in its native script.", example = "STUDIO4℃", nullable = true) String nameNative) {
}
