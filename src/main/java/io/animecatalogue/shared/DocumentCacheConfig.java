package io.animecatalogue.shared;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** {@code catalogue.document-cache.*}: how much of the heap rendered documents may keep. */
@ConfigMapping(prefix = "catalogue.document-cache")
public interface DocumentCacheConfig {

    /**
     * A bound on what is kept, in MB; unset, a third of the heap (with the README's 192 MiB, the benchmark's 20,000
     * anthologies as details, plain and embedded, deflated); 0 keeps nothing.
     */
    Optional<Long> maxMb();
}
