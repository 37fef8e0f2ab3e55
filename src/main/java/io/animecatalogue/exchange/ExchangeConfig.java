package io.animecatalogue.exchange;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/** How the catalogue is seeded, imported and exported. */
@ConfigMapping(prefix = "catalogue")
public interface ExchangeConfig {

    /** Whether an empty catalogue is filled with the seed catalogue at start-up. */
    @WithDefault("true")
    boolean seed();

    @WithName("import")
    Import imports();

    Exchange exchange();

    interface Import {

        /** How long an import, or an export, may run before it is cancelled. */
        @WithDefault("PT1H")
        Duration timeout();
    }

    interface Exchange {

        @WithDefault("1")
        int concurrentExports();

        @WithDefault("1")
        int concurrentImports();
    }
}
