package io.animecatalogue.shared;


import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Entity tags derived from the version columns of every row a representation was built from (not from hashing the
 * body). A representation that embeds related rows, such as an anthology with its segments, changes its tag when
 * any of them changes; the variant (for instance the {@code include} set) is part of the tag because it is a
 * different representation. The rows may be noted in any order and more than once: the tag depends only on which.
 */
public final class EntityTags {

    /** Cloned for each tag: looking the algorithm up among the security providers costs more than hashing a page. */
    private static final MessageDigest SHA_256 = sha256();
    private static final Comparator<Row> ORDER = Comparator.comparing(Row::id).thenComparingLong(Row::version);

    /** A list page notes hundreds of rows; kept as they come and sorted once, rather than as text in a sorted set. */
    private record Row(UUID id, long version) {
    }

    private final String variant;
    private final List<Row> rows = new ArrayList<>();
    private final Set<String> facts = new TreeSet<>();

    private EntityTags(String variant) {
        this.variant = variant;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static EntityTags forVariant(String variant) {
        return new EntityTags(variant);
    }

    public EntityTags add(UUID id, long version) {
        rows.add(new Row(id, version));
        return this;
    }

    /** A fact a representation shows that no row's version covers, such as a count. */
    public EntityTags add(String fact, long value) {
        facts.add(fact + "=" + value);
        return this;
    }

    public Tag toTag() {
        MessageDigest digest;
        try {
            digest = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        digest.update(variant.getBytes(StandardCharsets.UTF_8));
        Row[] sorted = rows.toArray(Row[]::new);
        Arrays.sort(sorted, ORDER);
        ByteBuffer buffer = ByteBuffer.allocate(24);
        Row previous = null;
        for (Row row : sorted) {
            if (!row.equals(previous)) {
                buffer.clear();
                buffer.putLong(row.id().getMostSignificantBits()).putLong(row.id().getLeastSignificantBits()).putLong(row.version());
                digest.update(buffer.array());
                previous = row;
            }
        }
        for (String fact : facts) {
            digest.update((byte) '\n');
            digest.update(fact.getBytes(StandardCharsets.UTF_8));
        }
        byte[] hash = digest.digest();
        return new Tag(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)));
    }

    public <T> Tagged<T> tag(T body) {
        return new Tagged<>(body, toTag());
    }
}
