package io.animecatalogue.anthology;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "An anthology, as named where another resource refers to it.",
        example = """
                {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c", "slug": "memories", "title": "Memories", "titleNative": "MEMORIES", \
                "titleRomanized": null, "kind": "film", "releaseYear": 1995}""")
public record AnthologyRef(
        @Schema(description = "The anthology's id.", example = "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c") UUID id,
        @Schema(description = "The anthology's slug.", example = "memories") String slug,
        @Schema(description = "Display title, as usually written in English.", example = "Memories") String title,
        @Schema(description = "Title in its native script.", example = "MEMORIES", nullable = true) String titleNative,
        @Schema(description = "Romanized native title (modified Hepburn).", example = "Meikyū Monogatari", nullable = true) String titleRomanized,
        @Schema(description = "How it was first released.") AnthologyKind kind,
        @Schema(description = "Year of first release.", example = "1995", nullable = true) Short releaseYear) {
}
