package io.animecatalogue.logging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code catalogue.log.*}. */
@ConfigMapping(prefix = "catalogue.log")
public interface LogConfig {

    /** One JSON object per line on the console, for log collectors; plain text when false. */
    @WithDefault("false")
    boolean json();
}
