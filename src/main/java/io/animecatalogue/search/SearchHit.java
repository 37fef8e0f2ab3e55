package io.animecatalogue.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "SearchHit", description = "One catalogue entry that answers the query, with what matched and how well.",
        example = """
                {"type": "person", "id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c", "slug": "katsuhiro-otomo", \
                "title": "Katsuhiro Otomo", "titleNative": "大友克洋", "context": null, "matched": "Ōtomo Katsuhiro", \
                "score": 1.0, "path": "/api/v1/people/katsuhiro-otomo"}""")
public record SearchHit(
        @Schema(description = "What kind of entry this is.", example = "person") SearchType type,
        @Schema(description = "The entry's id.", example = "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c") UUID id,
        @Schema(description = "The entry's slug, unique among entries of its type.", example = "katsuhiro-otomo") String slug,
        @Schema(description = "The display title of an anthology or segment, or the display name of a person or company.",
                example = "Katsuhiro Otomo") String title,
        @Schema(description = "The title or name in its native script.", example = "大友克洋", nullable = true) String titleNative,
        @Schema(description = "Where the entry belongs: for a segment, the title of its anthology; otherwise null.",
                example = "Memories", nullable = true) String context,
        @Schema(description = "The stored title or name (display, native, romanized or alternate) that answered the query best, "
                + "as stored.", example = "Ōtomo Katsuhiro") String matched,
        @Schema(description = "How well the entry answers the query, from 0 to 1, to 3 decimals: 1 is a whole title or name, "
                + "then its beginning, then the beginnings of its words, then text inside it, then near spellings.",
                example = "1.0") double score,
        @Schema(description = "Where the entry is served.", example = "/api/v1/people/katsuhiro-otomo") String path) {
}
