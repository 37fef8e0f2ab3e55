package io.animecatalogue.database;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * A new, empty database on the server the suite runs against (the embedded one by default, or the one
 * QUARKUS_DATASOURCE_JDBC_URL names), for tests that need a catalogue nobody else has written to.
 */
public class FreshDatabase implements QuarkusTestResourceLifecycleManager {

    private String serverUrl;
    private Properties credentials;
    private String name;

    @Override
    public Map<String, String> start() {
        var config = ConfigProvider.getConfig();
        Optional<String> configured = config.getOptionalValue("quarkus.datasource.jdbc.url", String.class);
        credentials = new Properties();
        if (configured.isPresent()) {
            serverUrl = configured.get();
            config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(user -> credentials.setProperty("user", user));
            config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(password -> credentials.setProperty("password", password));
        } else {
            serverUrl = EmbeddedDatabase.startOrReuse(Optional.empty());
            credentials.setProperty("user", EmbeddedDatabase.SUPERUSER);
        }
        name = "catalogue_test_" + UUID.randomUUID().toString().replace("-", "");
        execute("create database " + name);
        Map<String, String> overrides = new HashMap<>();
        overrides.put("quarkus.datasource.jdbc.url", serverUrl.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name));
        overrides.put("quarkus.datasource.username", credentials.getProperty("user"));
        if (credentials.containsKey("password")) {
            overrides.put("quarkus.datasource.password", credentials.getProperty("password"));
        }
        return overrides;
    }

    @Override
    public void stop() {
        if (name != null) {
            execute("drop database if exists " + name + " with (force)");
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, credentials);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + serverUrl, e);
        }
    }
}
