package io.animecatalogue.anthology.segment;

import io.animecatalogue.anthology.Anthology;
import io.animecatalogue.company.Company;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One of the shorts an anthology is made of, with its own staff. */
@Entity
public class Segment extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    public String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Anthology anthology;

    /** 1-based place in the anthology's running order. */
    public short position;

    public String title;
    public String titleNative;
    public String titleRomanized;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> alternateTitles = new ArrayList<>();

    public Integer runtimeMinutes;
    public String synopsis;

    @ManyToOne(fetch = FetchType.LAZY)
    public Company studio;

    public String sourceWork;

    @Version
    public long version;

    @CreationTimestamp
    @Column(updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    public OffsetDateTime updatedAt;

    public static Optional<Segment> findBySlug(String slug) {
        return find("from Segment s join fetch s.anthology where s.slug = ?1", slug).firstResultOptional();
    }

    public static Optional<Segment> findByIdWithAnthology(UUID id) {
        return find("from Segment s join fetch s.anthology where s.id = ?1", id).firstResultOptional();
    }

    public static boolean existsWithSlug(String slug) {
        return count("slug", slug) > 0;
    }

    public static int countIn(Anthology anthology) {
        return (int) count("anthology", anthology);
    }

    /**
     * Moves the anthology's segments in places {@code from} to {@code to} by {@code delta}, except one; their versions go
     * up too, since their representations show the place. Call {@link #deferPositionCheck()} first.
     */
    public static void shiftWithin(Anthology anthology, int from, int to, int delta, UUID except) {
        getEntityManager().createQuery("update Segment s set s.position = s.position + :delta, s.version = s.version + 1 "
                        + "where s.anthology = :anthology and s.position between :from and :to and s.id <> :except")
                .setParameter("anthology", anthology)
                .setParameter("delta", (short) delta).setParameter("from", (short) from).setParameter("to", (short) to)
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .executeUpdate();
    }

    /** While segments change places two may share one; the uniqueness of places is checked at commit instead. */
    public static void deferPositionCheck() {
        getEntityManager().createNativeQuery("set constraints segment_position_unique deferred").executeUpdate();
    }
}
