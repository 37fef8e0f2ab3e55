package io.animecatalogue.anthology.credit;

import io.animecatalogue.person.CreditRole;
import io.animecatalogue.anthology.AnthologyRules;
import io.animecatalogue.validation.DisplayText;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person in a role, in a list whose order is the billing order: the credits of an anthology or "
        + "segment created together with it.",
        example = """
                {"person": "satoshi-kon", "role": "screenplay", "note": null}""")
public record CreditLine(
        @Schema(description = "The person credited: id or slug.", example = "satoshi-kon", required = true)
        @NotNull String person,
        @Schema(description = "The role.", required = true)
        @NotNull CreditRole role,
        @Schema(description = "A qualification of the credit.", example = "opening and closing credits", nullable = true)
        @DisplayText String note) implements AnthologyRules.DraftCredit {
}
