package io.animecatalogue.company;

import io.animecatalogue.shared.Referrers;
import io.animecatalogue.database.ReferringSlugs;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
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

/** A studio, producer, distributor or home-video publisher. */
@Entity
public class Company extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    public String slug;
    public String name;
    public String nameNative;
    public String nameRomanized;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> alternateNames = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<CompanyKind> kinds = new ArrayList<>();

    public String country;
    public String websiteUrl;

    @Version
    public long version;

    @CreationTimestamp
    @Column(updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    public OffsetDateTime updatedAt;

    public static Optional<Company> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** A page of companies in slug order, after the given slug. */
    public static boolean existsWithSlug(String slug) {
        return count("slug", slug) > 0;
    }

    /** What lists the company, asked of the referring tables (see {@link ReferringSlugs}). */
    public static Referrers referrers(Company company) {
        return Referrers.none()
                .add("anthology", "anthologies", ReferringSlugs.of("select distinct a.slug from anthology_company ac "
                        + "join anthology a on a.id = ac.anthology_id where ac.company_id = ?1 order by a.slug", company.id))
                .add("segment", "segments", ReferringSlugs.of(
                        "select s.slug from segment s where s.studio_id = ?1 order by s.slug", company.id))
                .add("release", "releases", ReferringSlugs.of(
                        "select r.slug from video_release r where r.publisher_id = ?1 order by r.slug", company.id));
    }
}
