package io.animecatalogue.anthology;

import io.animecatalogue.company.CompanyRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AnthologyCompany", description = "A company's part in an anthology.",
        example = """
                {"company": {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c", "slug": "madhouse", "name": "Madhouse", "nameNative": "マッドハウス"}, \
                "role": "animation_studio", "note": "Stink Bomb"}""")
public record AnthologyCompanyView(
        @Schema(description = "The company.") CompanyRef company,
        @Schema(description = "What it did for the anthology.") CompanyRole role,
        @Schema(description = "A qualification, such as the segments or the territory concerned.", example = "Stink Bomb", nullable = true) String note) {
}
