package io.animecatalogue.company;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import io.animecatalogue.shared.ApiEnum;
import io.animecatalogue.shared.ApiEnumNaming;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a company does in the anime business.", example = "animation_studio")
@EnumNaming(ApiEnumNaming.class)
public enum CompanyKind implements ApiEnum {
    ANIMATION_STUDIO, PRODUCER, DISTRIBUTOR, HOME_VIDEO_PUBLISHER, LABEL
}
