package io.animecatalogue.database;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.Optional;

/** Tells whoever starts the service which database it is using when they did not choose one. */
@Singleton
public class EmbeddedDatabaseNotice {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseNotice.class);

    /** Before anything else reports on the database, such as the seeder. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event,
                 EmbeddedDatabaseConfig embedded,
                 @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
        if (!embedded.inUse()) {
            return;
        }
        String data = embedded.dataDir().map(directory -> "data in " + Path.of(directory).toAbsolutePath())
                .orElse("throw-away data, deleted on exit");
        LOG.infof("No database configured: using an embedded PostgreSQL (%s, %s). "
                + "To use another server, set QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD.",
                url, data);
    }
}
