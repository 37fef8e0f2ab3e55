package io.animecatalogue.credit;

import io.animecatalogue.anthology.Anthology;
import io.animecatalogue.person.Person;
import io.animecatalogue.segment.Segment;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.annotations.UuidGenerator;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person's role on a whole anthology or on one segment of it (exactly one of the two). */
@Entity
public class Credit extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    public Anthology anthology;

    @ManyToOne(fetch = FetchType.LAZY)
    public Segment segment;

    @Enumerated(EnumType.STRING)
    public CreditRole role;

    /** 1-based billing order among the credits of the same anthology or segment. */
    public short position;

    public String note;

    @Version
    public long version;

    @CreationTimestamp
    @Column(updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    public OffsetDateTime updatedAt;
}
