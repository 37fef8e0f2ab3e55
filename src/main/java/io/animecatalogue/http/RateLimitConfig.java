package io.animecatalogue.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code catalogue.rate-limit.*}: requests a client may make per minute, where each one costs the database most. */
@ConfigMapping(prefix = "catalogue.rate-limit")
public interface RateLimitConfig {

    @WithDefault("120")
    int writesPerMinute();

    @WithDefault("600")
    int searchesPerMinute();
}
