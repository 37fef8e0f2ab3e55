package io.animecatalogue.anthology.segment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "A segment, as named where another resource refers to it.",
        example = """
                {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c", "slug": "magnetic-rose", "position": 1, "title": "Magnetic Rose", \
                "titleNative": "彼女の想いで", "titleRomanized": "Kanojo no Omoide"}""")
public record SegmentRef(
        @Schema(description = "The segment's id.", example = "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c") UUID id,
        @Schema(description = "The segment's slug.", example = "magnetic-rose") String slug,
        @Schema(description = "Place in the anthology's running order, from 1.", example = "1") int position,
        @Schema(description = "Display title, as usually written in English.", example = "Magnetic Rose") String title,
        @Schema(description = "Title in its native script.", example = "彼女の想いで", nullable = true) String titleNative,
        @Schema(description = "Romanized native title (modified Hepburn).", example = "Kanojo no Omoide", nullable = true) String titleRomanized) {
}
