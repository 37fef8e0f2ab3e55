package io.animecatalogue.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;

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

    /** The token's subject: the stable id the identity provider gives the person or script, unlike a display name. */
    public String actor() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return token.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
