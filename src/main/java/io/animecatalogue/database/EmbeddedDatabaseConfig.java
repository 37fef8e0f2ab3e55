package io.animecatalogue.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * {@code catalogue.embedded-database.*}. {@link EmbeddedDatabaseConfigSourceFactory} reads them while the
 * configuration is built, before any mapping exists.
 */
@ConfigMapping(prefix = "catalogue.embedded-database")
public interface EmbeddedDatabaseConfig {

    /** Where the embedded server keeps its data; empty for throw-away data, deleted on exit. */
    Optional<String> dataDir();

    /** Set by {@link EmbeddedDatabaseConfigSourceFactory} when it started the embedded server. */
    @WithDefault("false")
    boolean inUse();
}
