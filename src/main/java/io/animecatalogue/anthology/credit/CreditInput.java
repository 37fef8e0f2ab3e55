package io.animecatalogue.anthology.credit;

import io.animecatalogue.person.CreditRole;
import io.animecatalogue.validation.DisplayText;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A credit as written by `POST`, `PUT` and `PATCH`: a person's role on exactly one of an anthology "
        + "(the whole work) or a segment.",
        example = """
                {"person": "satoshi-kon", "role": "screenplay", "anthology": null, "segment": "magnetic-rose", "note": null, "order": 2}""")
public record CreditInput(
        @Schema(description = "The person credited: id or slug.", example = "satoshi-kon", required = true)
        @NotNull String person,
        @Schema(description = "The role.", required = true)
        @NotNull CreditRole role,
        @Schema(description = "The anthology credited as a whole: id or slug. Give this or `segment`, not both.",
                example = "memories", nullable = true)
        String anthology,
        @Schema(description = "The segment credited: id or slug. Give this or `anthology`, not both.",
                example = "magnetic-rose", nullable = true)
        String segment,
        @Schema(description = "A qualification of the credit.", example = "opening and closing credits", nullable = true)
        @DisplayText String note,
        @Schema(description = "Billing order among the credits of the same anthology or segment, from 1. Left out: last "
                + "for a new credit, unchanged for an existing one. The others move to make room.", example = "2", nullable = true)
        Integer order) {
}
