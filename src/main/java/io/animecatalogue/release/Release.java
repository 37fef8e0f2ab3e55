package io.animecatalogue.release;

import io.animecatalogue.anthology.Anthology;
import io.animecatalogue.company.Company;
import io.animecatalogue.anthology.segment.Segment;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A home-video edition of an anthology: one disc set, tape or digital release, with its specs. */
@Entity
@Table(name = "video_release")
public class Release extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    public String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Anthology anthology;

    @Enumerated(EnumType.STRING)
    public ReleaseFormat format;

    public String country;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> regionCodes = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    public Company publisher;

    public Short releaseYear;
    public LocalDate releaseDate;
    public String edition;
    public String catalogNumber;
    public String barcode;
    public String aspectRatio;
    public Boolean anamorphic;

    @ElementCollection
    @CollectionTable(name = "release_audio_track", joinColumns = @JoinColumn(name = "release_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<AudioTrack> audioTracks = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> subtitleLanguages = new ArrayList<>();

    public Short discCount;
    public Integer runtimeMinutes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> bonusFeatures = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public PrintStatus printStatus;

    public String notes;

    @ManyToMany
    @JoinTable(name = "release_segment",
            joinColumns = @JoinColumn(name = "release_id"),
            inverseJoinColumns = @JoinColumn(name = "segment_id"))
    @OrderBy("position")
    public Set<Segment> segments = new LinkedHashSet<>();

    @Version
    public long version;

    @CreationTimestamp
    @Column(updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    public OffsetDateTime updatedAt;

    public static Optional<Release> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static boolean existsWithSlug(String slug) {
        return count("slug", slug) > 0;
    }

}
