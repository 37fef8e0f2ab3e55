package io.animecatalogue.release;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import io.animecatalogue.shared.ApiEnum;
import io.animecatalogue.shared.ApiEnumNaming;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The medium of a home-video release.", example = "dvd")
@EnumNaming(ApiEnumNaming.class)
public enum ReleaseFormat implements ApiEnum {
    VHS, LASERDISC, DVD, BLU_RAY, UHD_BLU_RAY, DIGITAL
}
