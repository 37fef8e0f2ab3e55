package io.animecatalogue.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SearchResults", description = "The entries that answer a query, best first.",
        example = """
                {"query": "otomo", "items": [{"type": "person", "id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c", \
                "slug": "katsuhiro-otomo", "title": "Katsuhiro Otomo", "titleNative": "大友克洋", "context": null, \
                "matched": "Ōtomo Katsuhiro", "score": 0.85, "path": "/api/v1/people/katsuhiro-otomo"}]}""")
public record SearchResults(
        @Schema(description = "The query, as given.", example = "otomo") String query,
        @Schema(description = "The hits, best first; entries that score the same in slug order within their type, types "
                + "in alphabetical order. Empty when nothing answers.") List<SearchHit> items) {
}
