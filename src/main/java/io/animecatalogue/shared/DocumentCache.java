package io.animecatalogue.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Documents the database rendered before, with the row versions they were rendered from. A query class passes the
 * versions of what it holds into its statement, which renders the document again only when the rows now say
 * otherwise: an unchanged document costs the statement that reads the versions, and no rendering. Nothing here is
 * shared between instances or needs to hear of writes, since every check is made in the request's own statement.
 * Bounded by the bytes kept.
 */
@Singleton
public class DocumentCache {

    /** What is kept under a key: a query class's own record of a document and the versions behind it. */
    public interface Entry {
        /** Roughly what the entry holds in bytes: its JSON, and a little for its versions and key. */
        int weight();
    }

    private final Cache<Object, Entry> entries;

    DocumentCache(DocumentCacheConfig config) {
        long bytes = config.maxMb().map(mb -> mb * 1024 * 1024).orElse(Runtime.getRuntime().maxMemory() / 3);
        entries = bytes <= 0 ? null : Caffeine.newBuilder().maximumWeight(bytes)
                .weigher((Object key, Entry entry) -> entry.weight()).build();
    }

    /** The entry kept under the key, if it is of this type. */
    public <E extends Entry> Optional<E> find(Object key, Class<E> type) {
        if (entries == null) {
            return Optional.empty();
        }
        Entry entry = entries.getIfPresent(key);
        return type.isInstance(entry) ? Optional.of(type.cast(entry)) : Optional.empty();
    }

    public void keep(Object key, Entry entry) {
        if (entries != null) {
            entries.put(key, entry);
        }
    }
}
