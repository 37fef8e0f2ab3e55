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
}
