package io.animecatalogue.shared;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The envelope of every list: the items, and how to get the next page. */
public record Page<T>(
        @Schema(description = "The items of this page, in the list's order.")
        List<T> items,
        @Schema(description = "Where this page sits in the whole list.")
        Info page) {

    @Schema(name = "PageInfo", description = "Paging information of a list response.",
            example = """
                    {"limit": 20, "next": "WyJuZW8tdG9reW8iLCIwMWEyMDFlZi1lYWVlLTdhYWItOTljNi1mMjczYzY5YjZmMTAiLCJLem5VUDQzZWxkUUJKSXNtIl0", "total": 57}""")
    public record Info(
            @Schema(description = "The page size that was applied.", example = "20")
            int limit,
            @Schema(description = "Cursor of the next page, to pass as `cursor`; null on the last page.",
                    example = "WyJuZW8tdG9reW8iLCIwMWEyMDFlZi1lYWVlLTdhYWItOTljNi1mMjczYzY5YjZmMTAiLCJLem5VUDQzZWxkUUJKSXNtIl0", nullable = true)
            String next,
            @Schema(description = "How many items the whole list holds; counted only when the request has `total=true`, "
                    + "otherwise null.", example = "57", nullable = true)
            Long total) {
    }
}
