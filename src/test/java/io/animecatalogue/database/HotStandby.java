package io.animecatalogue.database;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Two PostgreSQL servers of the test's own, from the binaries the service carries: a primary, and a hot standby made
 * from a base backup of it that streams its changes, as {@code pg_basebackup -R} makes one (the backup is taken with
 * {@code pg_backup_start}/{@code pg_backup_stop}, since the bundled binaries have no pg_basebackup). The service's
 * writes go to the primary; its reads datasource is the multi-host URL the README shows, which prefers the standby.
 */
public class HotStandby implements QuarkusTestResourceLifecycleManager {

    /** Files of a data directory a base backup leaves out (as pg_basebackup does), or that belong to the running server. */
    private static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label",
            "tablespace_map", "standby.signal", "recovery.signal");
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_subtrans");

    private static EmbeddedPostgres primary;
    private static EmbeddedPostgres standby;
    private Path primaryDirectory;
    private Path standbyDirectory;

    @Override
    public Map<String, String> start() {
        try {
            primaryDirectory = Files.createTempDirectory("catalogue-primary");
            standbyDirectory = Files.createTempDirectory("catalogue-standby");
            primary = EmbeddedPostgres.builder().setDataDirectory(primaryDirectory).setCleanDataDirectory(true)
                    .setServerConfig("wal_level", "replica")
                    .setOutputRedirector(Redirect.DISCARD).start();
            baseBackup();
            standby = EmbeddedPostgres.builder().setDataDirectory(standbyDirectory).setCleanDataDirectory(false)
                    .setOutputRedirector(Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the hot standby", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", primaryUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.SUPERUSER,
                // as the Scaling out section of src/docs/operations.md shows: the standby first, the primary should it be away
                "quarkus.datasource.reads.jdbc.url", "jdbc:postgresql://localhost:" + standby.getPort() + ",localhost:"
                        + primary.getPort() + "/postgres?targetServerType=preferSecondary&loadBalanceHosts=true");
    }

    static String primaryUrl() {
        return primary.getJdbcUrl(EmbeddedDatabase.SUPERUSER, "postgres");
    }

    static String standbyUrl() {
        return standby.getJdbcUrl(EmbeddedDatabase.SUPERUSER, "postgres");
    }

    /**
     * A copy of the primary's data directory taken while it runs, between pg_backup_start and pg_backup_stop, with the
     * backup label that says where replay must begin; then standby.signal and the connection to stream from, as
     * {@code -R} writes them. A replication slot keeps the WAL the standby has not received yet.
     */
    private void baseBackup() throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(primaryUrl()); Statement statement = connection.createStatement()) {
            statement.execute("select pg_create_physical_replication_slot('standby', true)");
            statement.execute("select pg_backup_start('catalogue standby', true)");
            copy(primaryDirectory, standbyDirectory);
            try (ResultSet stop = statement.executeQuery("select labelfile from pg_backup_stop(false)")) {
                stop.next();
                Files.writeString(standbyDirectory.resolve("backup_label"), stop.getString(1));
            }
        }
        Files.createFile(standbyDirectory.resolve("standby.signal"));
        Files.writeString(standbyDirectory.resolve("postgresql.auto.conf"),
                "\nprimary_conninfo = 'host=localhost port=" + primary.getPort() + " user=" + EmbeddedDatabase.SUPERUSER + "'"
                        + "\nprimary_slot_name = 'standby'\nhot_standby = on\n", StandardOpenOption.APPEND);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(directory).toString()));
                boolean emptied = directory.getParent() != null && directory.getParent().equals(from)
                        && EMPTIED.contains(directory.getFileName().toString());
                return emptied ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                boolean topLevel = file.getParent().equals(from);
                if (!(topLevel && NOT_COPIED.contains(file.getFileName().toString()))) {
                    try {
                        Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                    } catch (java.nio.file.NoSuchFileException e) {
                        // a file the running server removed while the copy went on; the WAL replayed from the label makes up for it
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    }

    @Override
    public void stop() {
        for (EmbeddedPostgres server : new EmbeddedPostgres[]{standby, primary}) {
            if (server != null) {
                try {
                    server.close();
                } catch (IOException e) {
                    // the temporary directories go below either way
                }
            }
        }
        for (Path directory : new Path[]{standbyDirectory, primaryDirectory}) {
            if (directory != null) {
                try (Stream<Path> files = Files.walk(directory)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                } catch (IOException e) {
                    // temporary files; the system cleans them up
                }
            }
        }
    }
}
