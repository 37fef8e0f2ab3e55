package io.animecatalogue.exchange;

import io.animecatalogue.shared.Lookup;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The slugs of one record type that an import has met: those its file defines (with their line) and those it found
 * in the catalogue, each with the id its row has or will have. This is the only state an import keeps for the whole
 * file, a few dozen bytes per record.
 */
final class SlugRegistry {

    /** Where a slug is defined: a line of the file, or {@link #IN_CATALOGUE}; the anthology owning a segment. */
    record Entry(int line, UUID id, String owner) {
    }

    static final int IN_CATALOGUE = 0;

    final String type;
    private final Map<String, Entry> entries = new HashMap<>();

    SlugRegistry(String type) {
        this.type = type;
    }

    Entry get(String slug) {
        return entries.get(slug);
    }

    /** @return the earlier entry if the slug was already defined in the file, else null (and the slug is now defined) */
    Entry defineInFile(String slug, int line, String owner) {
        Entry earlier = entries.get(slug);
        if (earlier != null && earlier.line() != IN_CATALOGUE) {
            return earlier;
        }
        entries.put(slug, new Entry(line, earlier == null ? null : earlier.id(), owner));
        return null;
    }

    void assignId(String slug, UUID id) {
        Entry entry = entries.get(slug);
        entries.put(slug, new Entry(entry.line(), id, entry.owner()));
    }

    void foundInCatalogue(String slug, UUID id, String owner) {
        entries.putIfAbsent(slug, new Entry(IN_CATALOGUE, id, owner));
    }

    /**
     * Whether a record on {@code line} may refer to the slug: defined on an earlier line, or in the catalogue. A
     * record must come after those it refers to, which is the order export writes.
     */
    boolean resolvableFrom(String slug, int line) {
        Entry entry = entries.get(slug);
        return entry != null && entry.line() < line;
    }

    /**
     * The registry as the rules of a record on {@code line} see it: a slug resolves when {@link #resolvableFrom} says
     * so, keyed by itself, with no query. One the file defines too late, or that is the record's own, is refused with
     * the import's own reason.
     */
    Lookup<Entry> from(int line) {
        return slug -> {
            Entry entry = entries.get(slug);
            if (entry == null) {
                return new Lookup.Missing<>();
            }
            if (entry.line() < line) {
                return new Lookup.Found<>(slug, entry);
            }
            return new Lookup.Refused<>(entry.line() == line ? "is this record's own slug; a record cannot refer to itself"
                    : "names the " + type + " on line " + entry.line() + "; a record must come after the records it refers to");
        };
    }

    UUID id(String slug) {
        return entries.get(slug).id();
    }
}
