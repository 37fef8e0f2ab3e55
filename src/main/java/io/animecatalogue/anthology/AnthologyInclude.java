package io.animecatalogue.anthology;

import com.fasterxml.jackson.databind.annotation.EnumNaming;
import io.animecatalogue.shared.ApiEnum;
import io.animecatalogue.shared.ApiEnumNaming;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Related resources an anthology can embed: `segments` (in running order), `credits` (on the anthology, "
        + "and on each embedded segment), `releases`, `companies` (a detail always has them; a list item only when asked).",
        example = "segments")
@EnumNaming(ApiEnumNaming.class)
public enum AnthologyInclude implements ApiEnum {
    SEGMENTS, CREDITS, RELEASES, COMPANIES
}
