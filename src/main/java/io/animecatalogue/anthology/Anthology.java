package io.animecatalogue.anthology;

import io.animecatalogue.database.ReferringSlugs;
import io.animecatalogue.externalid.ExternalIds;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A work made of several shorter ones, such as Memories or Robot Carnival. */
@Entity
public class Anthology extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    public String slug;
    public String title;
    public String titleNative;
    public String titleRomanized;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> alternateTitles = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public AnthologyKind kind;

    public Short releaseYear;
    public LocalDate premiereDate;
    public String country;
    public Integer runtimeMinutes;
    public String synopsis;
    public String coverImageUrl;

    @Embedded
    public ExternalIds externalIds = new ExternalIds();

    @ElementCollection
    @CollectionTable(name = "anthology_company", joinColumns = @JoinColumn(name = "anthology_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<AnthologyCompany> companies = new ArrayList<>();

    /** Derived, never written: lists show it on every card, so it is read with the anthology itself. */
    @Formula("(select count(*) from segment s where s.anthology_id = id)")
    public int segmentCount;

    @Version
    public long version;

    /** Raised by the database whenever anything a list item embeds changes (V8); never written here. */
    @Column(insertable = false, updatable = false)
    public long embeddedVersion;

    @CreationTimestamp
    @Column(updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    public OffsetDateTime updatedAt;

    public static Optional<Anthology> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /**
     * The anthology with its companies, read in one statement: everything its detail shows of it. Loading the
     * companies lazily cost two more round trips to the server on every detail read.
     */
    public static Optional<Anthology> findShownById(UUID id) {
        return findShown("a.id", id);
    }

    public static Optional<Anthology> findShownBySlug(String slug) {
        return findShown("a.slug", slug);
    }

    private static Optional<Anthology> findShown(String key, Object value) {
        return find("from Anthology a left join fetch a.companies link left join fetch link.company where " + key + " = ?1",
                value).singleResultOptional();
    }

    public static boolean existsWithSlug(String slug) {
        return count("slug", slug) > 0;
    }

    /** Slugs of the anthology's releases, in slug order; see {@link ReferringSlugs}. */
    public static List<String> releaseSlugs(Anthology anthology) {
        return ReferringSlugs.of("select r.slug from video_release r where r.anthology_id = ?1 order by r.slug", anthology.id);
    }
}
