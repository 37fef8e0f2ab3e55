package io.animecatalogue.person;

import io.animecatalogue.person.CreditRole;
import io.animecatalogue.database.ListStatement;
import io.animecatalogue.database.Reads;
import io.animecatalogue.database.SqlJson;
import io.animecatalogue.externalid.ExternalIdQueries;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.Page;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.RenderedJson;
import io.animecatalogue.shared.Sort;
import io.animecatalogue.shared.Tagged;
import io.animecatalogue.shared.TaggedPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** The read side of people: each read one statement that renders the person as the API shows them. */
@ApplicationScoped
public class PersonQueries {

    /** The fields the list can be sorted by; the default, slug, is the order the list always had. */
    public static final List<Sort.Field> SORTABLE = List.of(
            Sort.Field.of("name", "p.name", Sort.Type.TEXT),
            Sort.Field.of("slug", "p.slug", Sort.Type.TEXT),
            Sort.Field.nullable("birthYear", "p.birth_year", Sort.Type.SMALLINT));

    /** What a request asks of the list, checked. */
    public record Criteria(Optional<CreditRole> role, Optional<Ref> anthology, Sort sort, List<ListStatement.Named> names) {
    }

    @Inject
    Reads reads;

    /** {@link PersonRef} of the person row {@code p}. */
    public static String ref(String p) {
        return ("json_build_object('id', %1$s.id, 'slug', %1$s.slug, 'name', %1$s.name, 'nameNative', %1$s.name_native, "
                + "'nameRomanized', %1$s.name_romanized)").formatted(p);
    }

    /** {@link PersonView} of the person row {@code p}. */
    static String view(String p) {
        return ("json_build_object('id', %1$s.id, 'slug', %1$s.slug, 'name', %1$s.name, 'nameNative', %1$s.name_native, "
                + "'nameRomanized', %1$s.name_romanized, 'alternateNames', %1$s.alternate_names, 'birthDate', %1$s.birth_date, "
                + "'birthYear', %1$s.birth_year, 'deathDate', %1$s.death_date, 'deathYear', %1$s.death_year, "
                + "'biography', %1$s.biography, 'externalIds', %2$s, 'createdAt', %3$s, 'updatedAt', %4$s)")
                .formatted(p, ExternalIdQueries.view(p), SqlJson.instant(p + ".created_at"), SqlJson.instant(p + ".updated_at"));
    }

    private static final String ITEM = view("item");
    private static final String BY_ID = "select p.id, p.version, " + view("p") + " as body from person p where p.id = ?";
    private static final String BY_SLUG = "select p.id, p.version, " + view("p") + " as body from person p where p.slug = ?";

    /** One person; the ETag notes the person's row, as a write's If-Match check does. */
    public Tagged<RenderedJson> detail(Ref ref) {
        return reads.document(ref instanceof Ref.Id ? BY_ID : BY_SLUG, ref, "person", "person");
    }

    /** @param variant the list and every parameter of the request, part of the page's ETag */
    public TaggedPage page(Supplier<Criteria> request, PageRequest page, String variant) {
        Criteria criteria = ListStatement.checked(request, reads);
        ListStatement list = new ListStatement("person p", "p.*")
                .named(criteria.names())
                .order(criteria.sort())
                .column("item.id").column("item.version")
                .item(ITEM);
        if (criteria.role().isPresent() || criteria.anthology().isPresent()) {
            list.where("exists (select 1 from credit c where c.person_id = p.id"
                            + (criteria.role().isPresent() ? " and c.role = ?" : "")
                            + (criteria.anthology().isPresent() ? " and c.anthology_id = {given}.anthology_id" : "") + ")",
                    criteria.role().map(role -> new Object[]{role.name()}).orElse(new Object[0]));
        }
        EntityTags tags = EntityTags.forVariant(variant);
        ListStatement.Page read = list.run(reads, page, row -> {
            tags.add(row.getObject("id", UUID.class), row.getLong("version"));
            return ListStatement.item(row);
        });
        return read.tagged(tags);
    }
}
