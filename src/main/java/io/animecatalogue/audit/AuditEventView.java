package io.animecatalogue.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "AuditEvent", description = "One write to the catalogue: who made it, when, and to which resource.",
        example = """
                {"id": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c", "occurredAt": "2026-11-22T10:15:30Z", "actor": "local-editor", \
                "action": "replace", "resourceType": "anthology", "resourceId": "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8d", \
                "resourceSlug": "memories", "resourcePath": "/api/v1/anthologies/01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8d"}""")
public record AuditEventView(
        @Schema(description = "The event's id; ids sort in time order.", example = "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8c") UUID id,
        @Schema(description = "When the change was committed.", example = "2026-11-22T10:15:30Z") OffsetDateTime occurredAt,
        @Schema(description = "Who made it: the subject (`sub`) of the bearer token.", example = "local-editor") String actor,
        @Schema(description = "What the write did.") AuditAction action,
        @Schema(description = "The kind of resource changed.") AuditedType resourceType,
        @Schema(description = "The id of the resource changed.", example = "01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8d") UUID resourceId,
        @Schema(description = "Its slug after the change (before it, for a delete); null for credits, which have none.",
                example = "memories", nullable = true) String resourceSlug,
        @Schema(description = "Where the resource is (or was) served.", example = "/api/v1/anthologies/01936b7e-5b1a-7c3e-9a4f-3d2e1f0a9b8d")
        String resourcePath) {
}
