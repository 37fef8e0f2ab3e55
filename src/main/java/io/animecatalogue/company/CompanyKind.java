package io.animecatalogue.company;

import io.animecatalogue.shared.ApiEnum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a company does in the anime business.", example = "animation_studio")
public enum CompanyKind implements ApiEnum {
    ANIMATION_STUDIO, PRODUCER, DISTRIBUTOR, HOME_VIDEO_PUBLISHER, LABEL
}
