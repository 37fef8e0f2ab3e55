package io.animecatalogue.audit;

import io.animecatalogue.shared.TaggedPage;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.database.ListStatement;
import io.animecatalogue.database.Reads;
import io.animecatalogue.database.SqlJson;
import io.animecatalogue.shared.FixedOrder;
import io.animecatalogue.shared.PageRequest;
import io.animecatalogue.shared.RenderedPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.UUID;

/** The read side of the audit log: a page of it in one statement, newest first. */
@ApplicationScoped
public class AuditQueries {

    @Inject
    Reads reads;

    /** {@link AuditEventView} of the event row {@code e}; its path is the one {@link AuditedType#path} gives. */
    static String view(String e) {
        StringBuilder collection = new StringBuilder("case " + e + ".resource_type");
        for (AuditedType type : AuditedType.values()) {
            collection.append(" when '").append(type.name()).append("' then '").append(type.pathPrefix())
                    .append("'");
        }
        collection.append(" end || ").append(e).append(".resource_id");
        return ("json_build_object('id', %1$s.id, 'occurredAt', %2$s, 'actor', %1$s.actor, 'action', %3$s, "
                + "'resourceType', %4$s, 'resourceId', %1$s.resource_id, 'resourceSlug', %1$s.resource_slug, 'resourcePath', %5$s)")
                .formatted(e, SqlJson.instant(e + ".occurred_at"), SqlJson.code(e + ".action"), SqlJson.code(e + ".resource_type"),
                        collection);
    }

    private static final String ITEM = view("item");

    /**
     * The log newest first, or only the events about one resource. Events never change once written, so the page's
     * ETag is made of which events it shows.
     *
     * @param variant the list and every parameter of the request, part of the page's ETag
     */
    public TaggedPage page(Optional<UUID> resource, PageRequest page, String variant) {
        ListStatement list = new ListStatement("audit_event e", "e.*")
                .order(FixedOrder.descending(FixedOrder.key("e.id", FixedOrder.Type.UUID)))
                .column("item.id")
                .item(ITEM);
        resource.ifPresent(id -> list.where("e.resource_id = ?", id));
        EntityTags tags = EntityTags.forVariant(variant);
        return list.run(reads, page, row -> {
            tags.add(row.getObject("id", UUID.class), 0);
            return ListStatement.item(row);
        }).tagged(tags);
    }
}
