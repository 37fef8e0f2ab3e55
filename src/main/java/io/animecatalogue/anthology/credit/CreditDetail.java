package io.animecatalogue.anthology.credit;

import io.animecatalogue.person.CreditRole;
import io.animecatalogue.anthology.AnthologyRef;
import io.animecatalogue.person.PersonRef;
import io.animecatalogue.anthology.segment.SegmentRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(description = "A credit with everything it links: who, in which role, on which anthology or segment.",
        example = """
                {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c", "role": "screenplay", \
                "person": {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8d", "slug": "satoshi-kon", "name": "Satoshi Kon", \
                "nameNative": "今敏", "nameRomanized": "Kon Satoshi"}, \
                "anthology": {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8e", "slug": "memories", "title": "Memories", \
                "titleNative": "MEMORIES", "titleRomanized": null, "kind": "film", "releaseYear": 1995}, \
                "segment": {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8f", "slug": "magnetic-rose", "position": 1, \
                "title": "Magnetic Rose", "titleNative": "彼女の想いで", "titleRomanized": "Kanojo no Omoide"}, \
                "note": null, "order": 2, "createdAt": "2026-11-22T10:15:30Z", "updatedAt": "2026-11-22T10:15:30Z"}""")
public record CreditDetail(
        @Schema(description = "The credit's id.", example = "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c") UUID id,
        @Schema(description = "The role.") CreditRole role,
        @Schema(description = "Who is credited.") PersonRef person,
        @Schema(description = "The anthology credited, or the one the credited segment belongs to.") AnthologyRef anthology,
        @Schema(description = "The segment credited; null when the credit is on the whole anthology.", nullable = true) SegmentRef segment,
        @Schema(description = "A qualification of the credit.", example = "opening and closing credits", nullable = true) String note,
        @Schema(description = "Billing order among the credits of the same anthology or segment, from 1.", example = "2") int order,
        @Schema(description = "When the record was created in this catalogue.", example = "2026-11-22T10:15:30Z") OffsetDateTime createdAt,
        @Schema(description = "When the record last changed.", example = "2026-11-22T10:15:30Z") OffsetDateTime updatedAt) {
}
