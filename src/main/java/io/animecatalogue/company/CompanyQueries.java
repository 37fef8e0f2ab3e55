package io.animecatalogue.company;

import java.util.UUID;
import io.animecatalogue.shared.TaggedPage;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.database.ListStatement;
import io.animecatalogue.database.Reads;
import io.animecatalogue.database.SqlJson;
import io.animecatalogue.shared.FixedOrder;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.RenderedJson;
import io.animecatalogue.shared.RenderedPage;
import io.animecatalogue.shared.Tagged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


/** The read side of companies: each read one statement that renders the company as the API shows it. */
@ApplicationScoped
public class CompanyQueries {

    @Inject
    Reads reads;

    /** {@link CompanyRef} of the company row {@code c}. */
    public static String ref(String c) {
        return "json_build_object('id', %1$s.id, 'slug', %1$s.slug, 'name', %1$s.name, 'nameNative', %1$s.name_native)"
                .formatted(c);
    }

    /** {@link CompanyRef} of the company row {@code c} of a left join, null when there is none. */
    public static String optionalRef(String c) {
        return "case when " + c + ".id is not null then " + ref(c) + " end";
    }

    /** {@link CompanyView} of the company row {@code c}. */
    static String view(String c) {
        return ("json_build_object('id', %1$s.id, 'slug', %1$s.slug, 'name', %1$s.name, 'nameNative', %1$s.name_native, "
                + "'nameRomanized', %1$s.name_romanized, 'alternateNames', %1$s.alternate_names, 'kinds', %2$s, "
                + "'country', %1$s.country, 'websiteUrl', %1$s.website_url, 'createdAt', %3$s, 'updatedAt', %4$s)")
                .formatted(c, SqlJson.codes(c + ".kinds"), SqlJson.instant(c + ".created_at"), SqlJson.instant(c + ".updated_at"));
    }

    private static final String ITEM = view("item");
    private static final String BY_ID = "select c.id, c.version, " + view("c") + " as body from company c where c.id = ?";
    private static final String BY_SLUG = "select c.id, c.version, " + view("c") + " as body from company c where c.slug = ?";

    /** One company; the ETag notes the company's row, as a write's If-Match check does. */
    public Tagged<RenderedJson> detail(Ref ref) {
        return reads.document(ref instanceof Ref.Id ? BY_ID : BY_SLUG, ref, "company", "company");
    }

    /** All companies in slug order, a page at a time. */
    /** @param variant the list and every parameter of the request, part of the page's ETag */
    public TaggedPage page(PageRequest page, String variant) {
        EntityTags tags = EntityTags.forVariant(variant);
        return new ListStatement("company c", "c.*")
                .order(FixedOrder.ascending(FixedOrder.key("c.slug", FixedOrder.Type.TEXT)))
                .column("item.id").column("item.version")
                .item(ITEM)
                .run(reads, page, row -> {
                    tags.add(row.getObject("id", UUID.class), row.getLong("version"));
                    return ListStatement.item(row);
                })
                .tagged(tags);
    }
}
