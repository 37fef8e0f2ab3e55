package io.animecatalogue.release;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import io.animecatalogue.shared.ApiEnum;
import io.animecatalogue.shared.ApiEnumNaming;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether a release can still be bought new.", example = "out_of_print")
@EnumNaming(ApiEnumNaming.class)
public enum PrintStatus implements ApiEnum {
    ANNOUNCED, IN_PRINT, OUT_OF_PRINT
}
