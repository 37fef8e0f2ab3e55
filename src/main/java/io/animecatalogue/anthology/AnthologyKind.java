package io.animecatalogue.anthology;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import io.animecatalogue.shared.ApiEnum;
import io.animecatalogue.shared.ApiEnumNaming;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How the anthology was first released: a theatrical `film`, an original video animation (`ova`), "
        + "a `tv` series or special, or a `web` release.", example = "film")
@EnumNaming(ApiEnumNaming.class)
public enum AnthologyKind implements ApiEnum {
    FILM, OVA, TV, WEB
}
