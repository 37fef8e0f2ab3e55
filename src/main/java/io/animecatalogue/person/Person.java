package io.animecatalogue.person;

import io.animecatalogue.database.ReferringSlugs;
import io.animecatalogue.externalid.ExternalIds;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Someone credited on an anthology or a segment. */
@Entity
public class Person extends PanacheEntityBase {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    public String slug;
    public String name;
    public String nameNative;
    public String nameRomanized;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> alternateNames = new ArrayList<>();

    public Short birthYear;
    public LocalDate birthDate;
    public Short deathYear;
    public LocalDate deathDate;
    public String biography;

    @Embedded
    public ExternalIds externalIds = new ExternalIds();

    @Version
    public long version;

    @CreationTimestamp
    @Column(updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    public OffsetDateTime updatedAt;

    public static Optional<Person> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static boolean existsWithSlug(String slug) {
        return count("slug", slug) > 0;
    }

    /**
     * The person who has this id in another database, if anyone does.
     *
     * @param member a member of {@link ExternalIds}, such as {@code aniList}; never client input, as it becomes part of
     *               the query
     */

    /** The anthologies whose credits (or whose segments' credits) name the person; see {@link ReferringSlugs}. */
    public static List<String> anthologySlugsCrediting(Person person) {
        return ReferringSlugs.of("select distinct a.slug from credit c join anthology a on a.id = c.anthology_id "
                + "where c.person_id = ?1 order by a.slug", person.id);
    }
}
