package io.animecatalogue.release;

import io.animecatalogue.shared.ApiEnum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The medium of a home-video release.", example = "dvd")
public enum ReleaseFormat implements ApiEnum {
    VHS, LASERDISC, DVD, BLU_RAY, UHD_BLU_RAY, DIGITAL
}
