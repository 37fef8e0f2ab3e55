package io.animecatalogue.anthology;

import io.animecatalogue.shared.ApiEnum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a company did for an anthology.", example = "animation_studio")
public enum CompanyRole implements ApiEnum {
    ANIMATION_STUDIO, PRODUCER, DISTRIBUTOR
}
