package io.animecatalogue.release;

import io.animecatalogue.shared.ApiEnum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether a release can still be bought new.", example = "out_of_print")
public enum PrintStatus implements ApiEnum {
    ANNOUNCED, IN_PRINT, OUT_OF_PRINT
}
