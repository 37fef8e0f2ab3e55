package io.animecatalogue.database;

import io.animecatalogue.anthology.Anthology;
import jakarta.enterprise.context.ApplicationScoped;

/** A read that (wrongly) changes what it read, to show that a read-only transaction writes none of it. */
@ApplicationScoped
public class ReadOnlyProbe {

    @ReadOnlyTransaction
    public String changeSynopsisWhileReading(String slug, String synopsis) {
        Anthology anthology = Anthology.findBySlug(slug).orElseThrow();
        anthology.synopsis = synopsis;
        return anthology.synopsis;
    }

    @ReadOnlyTransaction
    public String synopsisOf(String slug) {
        return Anthology.findBySlug(slug).orElseThrow().synopsis;
    }
}
