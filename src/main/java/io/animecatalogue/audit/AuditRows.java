package io.animecatalogue.audit;

import io.animecatalogue.database.BulkRows;
import io.animecatalogue.database.TimeOrderedIds;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Audit events written in bulk, in the transaction of an import's rows: typed as {@link AuditLog#record} types the
 * API's, so that the log reads the same whichever way a resource was written.
 */
public final class AuditRows {

    private final BulkRows rows = new BulkRows("audit_event", "id uuid", "actor text", "action text",
            "resource_type text", "resource_id uuid", "resource_slug text");
    private final String actor;

    public AuditRows(String actor) {
        this.actor = actor;
    }

    public void add(AuditAction action, AuditedType type, UUID id, String slug) {
        rows.add(TimeOrderedIds.next(), actor, action.name(), type.name(), id, slug);
    }

    /** @param copy whether to send them with {@code COPY}, as a restore sends its rows */
    public void save(Connection connection, boolean copy) throws SQLException {
        if (copy) {
            rows.copy(connection);
        } else {
            rows.write(connection);
        }
    }
}
