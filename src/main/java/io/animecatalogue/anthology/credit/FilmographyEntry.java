package io.animecatalogue.anthology.credit;

import io.animecatalogue.person.CreditRole;
import io.animecatalogue.anthology.AnthologyRef;
import io.animecatalogue.anthology.segment.SegmentRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(description = "One credit of a person's filmography: the role, the anthology, and the segment when the credit is on one.",
        example = """
                {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c", "role": "screenplay", \
                "anthology": {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8d", "slug": "memories", "title": "Memories", \
                "titleNative": "MEMORIES", "titleRomanized": null, "kind": "film", "releaseYear": 1995}, \
                "segment": {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8e", "slug": "magnetic-rose", "position": 1, \
                "title": "Magnetic Rose", "titleNative": "彼女の想いで", "titleRomanized": "Kanojo no Omoide"}, "note": null, "order": 2}""")
public record FilmographyEntry(
        @Schema(description = "The credit's id.", example = "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c") UUID id,
        @Schema(description = "The role.") CreditRole role,
        @Schema(description = "The anthology credited, or the one the credited segment belongs to.") AnthologyRef anthology,
        @Schema(description = "The segment credited; null when the credit is on the whole anthology.", nullable = true) SegmentRef segment,
        @Schema(description = "A qualification of the credit.", example = "opening and closing credits", nullable = true) String note,
        @Schema(description = "Billing order among the credits of the same anthology or segment, from 1.", example = "2") int order) {
}
