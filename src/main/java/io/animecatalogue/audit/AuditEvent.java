package io.animecatalogue.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UuidGenerator;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One write to the catalogue: who made it, when, and to which resource. Never changed once written. */
@Entity
public class AuditEvent extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @CreationTimestamp
    @Column(updatable = false)
    public OffsetDateTime occurredAt;

    public String actor;

    @Enumerated(EnumType.STRING)
    public AuditAction action;

    @Enumerated(EnumType.STRING)
    public AuditedType resourceType;

    public UUID resourceId;
    public String resourceSlug;

    /** A page of the log, newest first, after (that is, older than) the given event; optionally about one resource. */
    public static List<AuditEvent> listBefore(Optional<UUID> before, Optional<UUID> resource, int limit) {
        UUID after = before.orElse(new UUID(-1L, -1L));
        if (resource.isPresent()) {
            return AuditEvent.<AuditEvent>find("resourceId = ?1 and id < ?2 order by id desc", resource.get(), after)
                    .range(0, limit - 1).list();
        }
        return AuditEvent.<AuditEvent>find("id < ?1 order by id desc", after).range(0, limit - 1).list();
    }
}
