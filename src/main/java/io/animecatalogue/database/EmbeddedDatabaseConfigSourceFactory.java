package io.animecatalogue.database;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Points the datasource at an embedded PostgreSQL when no {@code quarkus.datasource.jdbc.url} is configured.
 *
 * <p>This has to happen while the runtime configuration is built: the connection pool, Flyway and Hibernate all
 * start before any application bean could. SmallRye also calls this factory while the application is being
 * built, when no server must be started.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    public static final String DATA_DIRECTORY = "catalogue.embedded-database.data-dir";
    /** Set only when the embedded server is in use; read by {@link EmbeddedDatabaseNotice}. */
    public static final String IN_USE = "catalogue.embedded-database.in-use";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (ExecutionMode.current() != ExecutionMode.RUNTIME_INIT || isSet(context.getValue("quarkus.datasource.jdbc.url"))) {
            return List.of();
        }
        ConfigValue directory = context.getValue(DATA_DIRECTORY);
        Optional<Path> dataDirectory = isSet(directory) ? Optional.of(Path.of(directory.getValue())) : Optional.empty();
        String url = EmbeddedDatabase.startOrReuse(dataDirectory);
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", EmbeddedDatabase.SUPERUSER,
                IN_USE, "true"),
                "embedded-postgresql", 500));
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
