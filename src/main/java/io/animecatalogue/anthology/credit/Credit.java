package io.animecatalogue.anthology.credit;

import io.animecatalogue.person.CreditRole;
import io.animecatalogue.anthology.Anthology;
import io.animecatalogue.person.Person;
import io.animecatalogue.anthology.segment.Segment;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
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
import java.util.Optional;
import java.util.UUID;

/**
 * A person's role on one segment of an anthology, or on the whole anthology when {@link #segment} is null.
 * The anthology is set in both cases.
 */
@Entity
public class Credit extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
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

    public static Optional<Credit> findWithLinks(UUID id) {
        return find("from Credit c join fetch c.person join fetch c.anthology left join fetch c.segment where c.id = ?1", id)
                .firstResultOptional();
    }

    /** How many credits sit under the owner: the segment, or the anthology itself when the segment is null. */
    public static int countUnder(Anthology anthology, Segment segment) {
        return (int) (segment == null ? count("anthology = ?1 and segment is null", anthology) : count("segment", segment));
    }

    /**
     * Moves the owner's credits in billing places {@code from} to {@code to} by {@code delta}, except one. Their
     * versions go up too: their representations show the place.
     */
    public static void shiftUnder(Anthology anthology, Segment segment, int from, int to, int delta, UUID except) {
        String owner = segment == null ? "c.anthology = :owner and c.segment is null" : "c.segment = :owner";
        getEntityManager().createQuery("update Credit c set c.position = c.position + :delta, c.version = c.version + 1 "
                        + "where " + owner + " and c.position between :from and :to and c.id <> :except")
                .setParameter("owner", segment == null ? anthology : segment)
                .setParameter("delta", (short) delta).setParameter("from", (short) from).setParameter("to", (short) to)
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .executeUpdate();
    }

    /** Whether the person already has the role on the owner, in a credit other than {@code except}. */
    public static boolean exists(Person person, Anthology anthology, Segment segment, CreditRole role, UUID except) {
        String owner = segment == null ? "anthology = :owner and segment is null" : "segment = :owner";
        return count("person = :person and role = :role and id <> :except and " + owner,
                Parameters.with("person", person).and("role", role).and("except", except == null ? new UUID(0, 0) : except)
                        .and("owner", segment == null ? anthology : segment)) > 0;
    }

}
