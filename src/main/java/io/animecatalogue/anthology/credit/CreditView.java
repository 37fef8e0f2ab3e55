package io.animecatalogue.anthology.credit;

import io.animecatalogue.person.CreditRole;
import io.animecatalogue.person.PersonRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "Credit", description = "A person's role on an anthology or a segment.",
        example = """
                {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c", "role": "screenplay", \
                "person": {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8d", "slug": "satoshi-kon", "name": "Satoshi Kon", \
                "nameNative": "今敏", "nameRomanized": "Kon Satoshi"}, "note": null, "order": 2}""")
public record CreditView(
        @Schema(description = "The credit's id.", example = "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c") UUID id,
        @Schema(description = "The role.") CreditRole role,
        @Schema(description = "Who is credited.") PersonRef person,
        @Schema(description = "A qualification of the credit.", example = "opening and closing credits", nullable = true) String note,
        @Schema(description = "Billing order among the credits of the same anthology or segment, from 1.", example = "2") int order) {
}
