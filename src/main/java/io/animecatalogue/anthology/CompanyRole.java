package io.animecatalogue.anthology;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import io.animecatalogue.shared.ApiEnum;
import io.animecatalogue.shared.ApiEnumNaming;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a company did for an anthology.", example = "animation_studio")
@EnumNaming(ApiEnumNaming.class)
public enum CompanyRole implements ApiEnum {
    ANIMATION_STUDIO, PRODUCER, DISTRIBUTOR
}
