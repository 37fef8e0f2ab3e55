package io.animecatalogue.shared;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import org.jboss.resteasy.reactive.RestResponse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Entity tags derived from the version columns of every row a representation was built from (not from hashing the
 * body). A representation that embeds related rows, such as an anthology with its segments, changes its tag when
 * any of them changes; the variant (for instance the {@code include} set) is part of the tag because it is a
 * different representation.
 */
public final class EntityTags {

    /** Cached copies must be revalidated, which a 304 makes cheap. */
    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    private final String variant;
    private final Set<String> versions = new TreeSet<>();

    private EntityTags(String variant) {
        this.variant = variant;
    }

    public static EntityTags forVariant(String variant) {
        return new EntityTags(variant);
    }

    public EntityTags add(UUID id, long version) {
        versions.add(id + ":" + version);
        return this;
    }

    public EntityTag toEntityTag() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(variant.getBytes(StandardCharsets.UTF_8));
            for (String version : versions) {
                digest.update((byte) '\n');
                digest.update(version.getBytes(StandardCharsets.US_ASCII));
            }
            byte[] hash = digest.digest();
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 16)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A 304 when the client's {@code If-None-Match} already names this representation, otherwise a 200 with it;
     * either way with its {@code ETag}. The body is only built when it is sent.
     */
    public <T> RestResponse<T> respond(Request request, Supplier<T> body) {
        EntityTag tag = toEntityTag();
        var precondition = request.evaluatePreconditions(tag);
        if (precondition != null) {
            if (precondition.build().getStatus() == RestResponse.StatusCode.NOT_MODIFIED) {
                return RestResponse.ResponseBuilder.<T>notModified(tag).cacheControl(REVALIDATE).build();
            }
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "The If-Match header does not name the current version of this resource.");
        }
        return RestResponse.ResponseBuilder.ok(body.get()).tag(tag).cacheControl(REVALIDATE).build();
    }
}
