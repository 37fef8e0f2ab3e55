package io.animecatalogue.audit;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import io.animecatalogue.shared.ApiEnum;
import io.animecatalogue.shared.ApiEnumNaming;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The kind of resource a write changed.", example = "anthology")
@EnumNaming(ApiEnumNaming.class)
public enum AuditedType implements ApiEnum {
    ANTHOLOGY("anthologies"), SEGMENT("segments"), PERSON("people"), COMPANY("companies"), CREDIT("credits"),
    RELEASE("releases");

    private final String collection;

    AuditedType(String collection) {
        this.collection = collection;
    }

    /** Where resources of this type live, with the slash an id follows: {@code /api/v1/anthologies/}. */
    public String pathPrefix() {
        return "/api/v1/" + collection + "/";
    }
}
