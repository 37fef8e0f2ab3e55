package io.animecatalogue.audit;

import io.animecatalogue.database.ReadOnlyTransaction;
import io.animecatalogue.shared.Cursor;
import io.animecatalogue.shared.Page;
import io.animecatalogue.shared.PageRequest;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.UUID;

/** Records every write in the transaction that makes it, and lets editors read the record back. */
@ApplicationScoped
public class AuditLog {

    @Inject
    SecurityIdentity identity;

    /** Joins the caller's transaction: the event commits or rolls back with the change it describes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, AuditedType type, UUID id, String slug) {
        AuditEvent event = new AuditEvent();
        event.actor = actor();
        event.action = action;
        event.resourceType = type;
        event.resourceId = id;
        event.resourceSlug = slug;
        event.persist();
    }

    @ReadOnlyTransaction
    public Page<AuditEventView> list(Optional<UUID> resource, PageRequest page) {
        var rows = AuditEvent.listBefore(page.after().map(cursor -> cursor.uuid(0)), resource, page.fetchSize());
        return page.toPage(rows, () -> resource.isPresent() ? AuditEvent.count("resourceId", resource.get()) : AuditEvent.count(),
                AuditLog::toView, event -> Cursor.encode(event.id));
    }

    /** The token's subject: the stable id the identity provider gives the person or script, unlike a display name. */
    public String actor() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    private static AuditEventView toView(AuditEvent event) {
        return new AuditEventView(event.id, event.occurredAt, event.actor, event.action, event.resourceType,
                event.resourceId, event.resourceSlug, event.resourceType.path(event.resourceId));
    }
}
