package io.animecatalogue.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.animecatalogue.anthology.Anthology;
import io.animecatalogue.anthology.AnthologyService;
import io.animecatalogue.audit.AuditAction;
import io.animecatalogue.audit.AuditLog;
import io.animecatalogue.audit.AuditedType;
import io.animecatalogue.company.Company;
import io.animecatalogue.anthology.segment.Segment;
import io.animecatalogue.company.CompanyService;
import io.animecatalogue.anthology.segment.SegmentService;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.IfMatch;
import io.animecatalogue.shared.MergePatch;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.Slugs;
import io.animecatalogue.shared.Tagged;
import io.animecatalogue.shared.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import io.animecatalogue.shared.Tag;

import java.util.List;

@ApplicationScoped
public class ReleaseService {

    private static final ReleaseRules.References<Anthology, Company, Segment> IN_THE_DATABASE = new ReleaseRules.References<>(
            AnthologyService.BY_ID_OR_SLUG, CompanyService.BY_ID_OR_SLUG, SegmentService.BY_ID_OR_SLUG,
            segment -> new ReleaseRules.Owner(segment.anthology.id, segment.anthology.slug));

    @Inject
    Validator validator;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditLog audit;

    public Release find(Ref ref) {
        return ref.resolve(id -> Release.<Release>findByIdOptional(id), Release::findBySlug, "release");
    }

    @Transactional
    public Tagged<ReleaseView> create(ReleaseInput input) {
        References references = validate(input);
        Release release = new Release();
        release.slug = Slugs.choose("/slug", input.slug(), derivedSlugSource(input, references), null,
                Release::existsWithSlug, "release");
        ReleaseMapper.apply(input, references.anthology(), references.publisher(), references.segments(), release);
        release.persist();
        return written(release, AuditAction.CREATE);
    }

    @Transactional
    public Tagged<ReleaseView> replace(Ref ref, IfMatch ifMatch, ReleaseInput input) {
        Release release = findForChange(ref, ifMatch);
        return update(release, input, AuditAction.REPLACE);
    }

    @Transactional
    public Tagged<ReleaseView> patch(Ref ref, IfMatch ifMatch, JsonNode patch) {
        Release release = findForChange(ref, ifMatch);
        ReleaseInput merged = MergePatch.apply(mapper, ReleaseMapper.toInput(release), withYearFollowingDate(patch),
                ReleaseInput.class);
        return update(release, merged, AuditAction.PATCH);
    }

    /** Never kept back, unlike a company: nothing refers to a release, and its audio tracks and segment links go with it. */
    @Transactional
    public void delete(Ref ref, IfMatch ifMatch) {
        Release release = findForChange(ref, ifMatch);
        audit.record(AuditAction.DELETE, AuditedType.RELEASE, release.id, release.slug);
        release.delete();
        Release.flush();
    }

    private Release findForChange(Ref ref, IfMatch ifMatch) {
        return ifMatch.lockAndCheck(find(ref), ReleaseService::tagOf);
    }

    private Tagged<ReleaseView> update(Release release, ReleaseInput input, AuditAction action) {
        References references = validate(input);
        release.slug = Slugs.choose("/slug", input.slug(), derivedSlugSource(input, references), release.slug,
                Release::existsWithSlug, "release");
        ReleaseMapper.apply(input, references.anthology(), references.publisher(), references.segments(), release);
        return written(release, action);
    }

    /** Flushed first, so that the version (and with it the ETag) is the one now stored. */
    private Tagged<ReleaseView> written(Release release, AuditAction action) {
        Release.flush();
        audit.record(action, AuditedType.RELEASE, release.id, release.slug);
        return tagged(release);
    }

    /**
     * The stored year was implied by the stored date, so a patch that moves the date without naming a year means the
     * new date's year; kept as it was, it would contradict the new date. A patch that only clears the date keeps the year.
     */
    private static JsonNode withYearFollowingDate(JsonNode patch) {
        if (patch == null || !patch.isObject() || patch.has("releaseYear")
                || !patch.has("releaseDate") || patch.get("releaseDate").isNull()) {
            return patch;
        }
        ObjectNode adjusted = ((ObjectNode) patch).deepCopy();
        adjusted.putNull("releaseYear");
        return adjusted;
    }

    /** Follows the seed's naming, such as {@code memories-us-blu-ray}; {@link Slugs#derive} turns it into a slug. */
    private static String derivedSlugSource(ReleaseInput input, References references) {
        return references.anthology().slug + " " + (input.country() == null ? "" : input.country() + " ") + input.format().code();
    }

    /** What the input refers to, once every reference is known to resolve. */
    private record References(Anthology anthology, Company publisher, List<Segment> segments) {
    }

    private References validate(ReleaseInput input) {
        Violations violations = Violations.of(validator, input);
        if (input == null) {
            // a missing body is already a violation, so this throws and nothing below sees a null input
            violations.throwIfAny();
        }
        ReleaseRules.Resolved<Anthology, Company, Segment> resolved = ReleaseRules.check(input, IN_THE_DATABASE, violations);
        violations.throwIfAny();
        return new References(resolved.anthology(), resolved.publisher(), resolved.segments());
    }

    private static Tagged<ReleaseView> tagged(Release release) {
        return new Tagged<>(ReleaseMapper.toView(release), tagOf(release));
    }

    /** The one ETag of a release, for reads and for the If-Match of writes alike. */
    private static Tag tagOf(Release release) {
        EntityTags tags = EntityTags.forVariant("release");
        note(release, tags);
        return tags.toTag();
    }

    /** Every row a release's representation shows something of. */
    private static void note(Release release, EntityTags tags) {
        tags.add(release.id, release.version).add(release.anthology.id, release.anthology.version);
        if (release.publisher != null) {
            tags.add(release.publisher.id, release.publisher.version);
        }
        for (Segment segment : release.segments) {
            tags.add(segment.id, segment.version);
        }
    }
}
