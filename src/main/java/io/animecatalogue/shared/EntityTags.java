package io.animecatalogue.shared;

import jakarta.ws.rs.core.EntityTag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Entity tags derived from the version columns of every row a representation was built from (not from hashing the
 * body). A representation that embeds related rows, such as an anthology with its segments, changes its tag when
 * any of them changes; the variant (for instance the {@code include} set) is part of the tag because it is a
 * different representation.
 */
public final class EntityTags {

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

    /** A fact a representation shows that no row's version covers, such as a count. */
    public EntityTags add(String fact, long value) {
        versions.add(fact + "=" + value);
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

    public <T> Tagged<T> tag(T body) {
        return new Tagged<>(body, toEntityTag());
    }
}
