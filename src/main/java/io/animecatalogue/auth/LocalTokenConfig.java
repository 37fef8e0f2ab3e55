package io.animecatalogue.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * {@code catalogue.auth.local-token.*}. {@link LocalTokenConfigSourceFactory} reads them while the configuration is
 * built, before any mapping exists, and decides there what an unset {@code enabled} means.
 */
@ConfigMapping(prefix = "catalogue.auth.local-token")
public interface LocalTokenConfig {

    /** False turns the local editor token off even when nothing else is configured. */
    Optional<Boolean> enabled();

    /** Set by {@link LocalTokenConfigSourceFactory} when it made the key the service trusts. */
    @WithDefault("false")
    boolean inUse();
}
