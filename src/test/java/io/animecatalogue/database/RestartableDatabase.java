package io.animecatalogue.database;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A PostgreSQL server of the test's own, which the test may stop and start again on the same port and data, to see
 * the service through a database outage.
 */
public class RestartableDatabase implements QuarkusTestResourceLifecycleManager {

    private static Path directory;
    private static int port;
    private static EmbeddedPostgres server;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("catalogue-fault-test");
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startServer();
        return Map.of("quarkus.datasource.jdbc.url", server.getJdbcUrl(EmbeddedDatabase.SUPERUSER, "postgres"),
                "quarkus.datasource.username", EmbeddedDatabase.SUPERUSER);
    }

    @Override
    public void stop() {
        stopServer();
    }

    public static synchronized void startServer() {
        try {
            server = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).setPort(port)
                    .setOutputRedirector(Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized void stopServer() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = null;
        }
    }
}
