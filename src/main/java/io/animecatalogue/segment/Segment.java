package io.animecatalogue.segment;

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
}
