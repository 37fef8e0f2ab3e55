package io.animecatalogue.search;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import io.animecatalogue.shared.ApiEnum;
import io.animecatalogue.shared.ApiEnumNaming;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What kind of catalogue entry a search hit is.", example = "person")
@EnumNaming(ApiEnumNaming.class)
public enum SearchType implements ApiEnum {
    ANTHOLOGY("anthologies"), SEGMENT("segments"), PERSON("people"), COMPANY("companies");

    private final String collection;

    SearchType(String collection) {
        this.collection = collection;
    }

    /** Where the entry itself is served. */
    public String path(String slug) {
        return "/api/v1/" + collection + "/" + slug;
    }
}
