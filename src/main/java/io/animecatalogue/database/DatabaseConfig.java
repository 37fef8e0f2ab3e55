package io.animecatalogue.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The catalogue's own database settings, beside Quarkus's {@code quarkus.datasource.*}. */
@ConfigMapping(prefix = "catalogue")
public interface DatabaseConfig {

    /** How long a read may run before PostgreSQL cancels it (a 503 for the client). */
    @WithDefault("10S")
    Duration readStatementTimeout();
}
