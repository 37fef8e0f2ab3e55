package io.animecatalogue.anthology;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Anthology list items with their segments, credits or companies embedded, as JSON rendered before. An item's JSON
 * is built from hundreds of rows, but whether it is still right can be told from the anthology row alone: its
 * {@code version} covers its own columns and its {@code embeddedVersion} (raised by the database, V8) everything it
 * embeds. A list page reads its anthology rows anyway, so an item whose two versions match what was rendered costs
 * neither the embedded rows nor their serialization, and one that changed is rendered again.
 * <p>
 * Nothing here is shared between instances or needs to be told of writes: the versions are read in the request's
 * own snapshot. An entry rendered from rows newer than its versions (a write committed between the page's
 * statements) is only ever served for those older versions, and replaced as soon as a page reads the newer ones.
 */
@Singleton
public class ListItemCache {

    /** Bytes an entry costs besides its JSON: key, versions and the map's own nodes. */
    private static final int ENTRY_OVERHEAD = 160;

    /** @param include the embeds, as a bit per {@link AnthologyInclude} */
    private record Key(UUID anthology, int include) {
    }

    private record Entry(long version, long embeddedVersion, RenderedItem json) {
    }

    private final Cache<Key, Entry> entries;

    @Inject
    ObjectMapper mapper;

    /**
     * @param maxMegabytes a bound on the JSON kept, in MB; unset, a quarter of the heap; 0 turns the cache off
     */
    ListItemCache(@ConfigProperty(name = "catalogue.list-item-cache.max-mb") Optional<Long> maxMegabytes) {
        long bytes = maxMegabytes.map(mb -> mb * 1024 * 1024).orElse(Runtime.getRuntime().maxMemory() / 4);
        entries = bytes <= 0 ? null : Caffeine.newBuilder().maximumWeight(bytes)
                .weigher((Key key, Entry entry) -> ENTRY_OVERHEAD + entry.json().size()).build();
    }

    /**
     * Whether items with these embeds are kept. Releases are not: their rows have versions of their own, which
     * {@code embeddedVersion} does not cover.
     */
    boolean keeps(Set<AnthologyInclude> include) {
        return entries != null && !include.isEmpty() && !include.contains(AnthologyInclude.RELEASES);
    }

    /** The rendered items of these anthologies still current for their rows, by id. */
    Map<UUID, AnthologySummary> find(List<Anthology> anthologies, Set<AnthologyInclude> include) {
        Map<UUID, AnthologySummary> found = new HashMap<>();
        int embeds = bits(include);
        for (Anthology anthology : anthologies) {
            Entry entry = entries.getIfPresent(new Key(anthology.id, embeds));
            if (entry != null && entry.version() == anthology.version && entry.embeddedVersion() == anthology.embeddedVersion) {
                found.put(anthology.id, AnthologySummary.rendered(entry.json()));
            }
        }
        return found;
    }

    /** Keeps the item rendered, and answers it in the form that writes those same bytes. */
    AnthologySummary keep(Anthology anthology, Set<AnthologyInclude> include, AnthologySummary item) {
        RenderedItem json;
        try {
            json = new RenderedItem(mapper.writeValueAsBytes(item));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an anthology list item could not be written as JSON", e);
        }
        entries.put(new Key(anthology.id, bits(include)), new Entry(anthology.version, anthology.embeddedVersion, json));
        return AnthologySummary.rendered(json);
    }

    private static int bits(Set<AnthologyInclude> include) {
        int bits = 0;
        for (AnthologyInclude embed : include) {
            bits |= 1 << embed.ordinal();
        }
        return bits;
    }
}
