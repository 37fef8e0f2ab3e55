package io.animecatalogue.anthology.segment;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import io.animecatalogue.shared.ApiEnum;
import io.animecatalogue.shared.ApiEnumNaming;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Related resources a segment can embed: `credits`, its staff in billing order.", example = "credits")
@EnumNaming(ApiEnumNaming.class)
public enum SegmentInclude implements ApiEnum {
    CREDITS
}
