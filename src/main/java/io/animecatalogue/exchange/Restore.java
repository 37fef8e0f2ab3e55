package io.animecatalogue.exchange;

import io.animecatalogue.database.Jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An import into an empty catalogue, loaded the way {@code pg_restore} loads a dump: into tables stripped of their
 * indexes, keys and foreign keys, which are then built once over all the rows. Keeping them current row by row was
 * most of what a large import cost (a B-tree or GIN insertion per index per row, a lookup per foreign key per row);
 * building one sorts each column once.
 *
 * <p>It is all one transaction, DDL included, so a refused or failed import leaves the schema as it was. The tables
 * are held exclusively until it commits: reads of the (empty) catalogue wait for the restored one. The importer's own
 * checks stand in for the dropped constraints while rows load (references, duplicate slugs, credits and external ids
 * in the file); the rebuilt ones then check every row again, so nothing they would refuse can be committed.
 */
final class Restore {

    /** Every table an import writes, but the audit log, which keeps the history of a catalogue emptied before. */
    static final List<String> TABLES = List.of("company", "person", "anthology", "anthology_company", "segment", "credit",
            "video_release", "release_audio_track", "release_segment", "search_entry");

    /**
     * Triggers that only tell caches an existing anthology changed. Every anthology of a restore is new, so they would
     * find nothing to do, after a scan of the anthology table without its key.
     */
    private static final String CACHE_TRIGGERS = "tgname like '%\\_embeds\\_%'";

    private static final String TABLE_IDS = "array[" + String.join(", ", TABLES.stream().map(t -> "'" + t + "'::regclass").toList()) + "]";

    /** The key of the transaction-scoped advisory lock a restore holds; any number no other code locks. */
    static final long ADVISORY_LOCK = 0x616e74686f6cL;

    private final Connection connection;
    private final List<String> rebuild;

    private Restore(Connection connection, List<String> rebuild) {
        this.connection = connection;
        this.rebuild = rebuild;
    }

    /** @return a restore under way, when the catalogue holds nothing; else empty, and the import upserts as usual */
    static Optional<Restore> beginIfEmpty(Connection connection) throws SQLException {
        // One restore at a time: a second import that finds the first one's lock goes the usual way and waits at its
        // first read for the restored tables. Two restores that both found the tables empty would deadlock on them.
        if (!tryLock(connection)) {
            return Optional.empty();
        }
        // a first look without the lock, so that imports into a catalogue with data never queue behind one
        if (!isEmpty(connection)) {
            return Optional.empty();
        }
        Jdbc.execute(connection, "lock table " + String.join(", ", TABLES) + " in access exclusive mode");
        if (!isEmpty(connection)) {
            return Optional.empty();
        }
        List<String> drop = new ArrayList<>();
        List<String> rebuild = new ArrayList<>();
        // foreign keys go first and come back last: a key or unique constraint cannot go while one refers to it
        List<String> foreignKeys = new ArrayList<>();
        for (String[] constraint : rows(connection, "select conrelid::regclass::text, quote_ident(conname), "
                + "pg_get_constraintdef(oid), contype::text from pg_constraint where contype in ('p', 'u', 'f') "
                + "and (conrelid = any(" + TABLE_IDS + ") or confrelid = any(" + TABLE_IDS + ")) "
                + "order by contype = 'f' desc, conrelid::regclass::text, conname", 4)) {
            String table = constraint[0];
            drop.add("alter table " + table + " drop constraint " + constraint[1]);
            String add = "alter table " + table + " add constraint " + constraint[1] + " " + constraint[2];
            if ("f".equals(constraint[3])) {
                foreignKeys.add(add);
            } else {
                rebuild.add(add);
            }
        }
        for (String[] index : rows(connection, "select quote_ident(i.relname), pg_get_indexdef(x.indexrelid) from pg_index x "
                + "join pg_class i on i.oid = x.indexrelid where x.indrelid = any(" + TABLE_IDS + ") "
                + "and not exists (select from pg_constraint c where c.conindid = x.indexrelid) order by i.relname", 2)) {
            drop.add("drop index " + index[0]);
            rebuild.add(index[1]);
        }
        rebuild.addAll(foreignKeys);
        for (String[] trigger : rows(connection, "select tgrelid::regclass::text, quote_ident(tgname) from pg_trigger "
                + "where not tgisinternal and tgrelid = any(" + TABLE_IDS + ") and " + CACHE_TRIGGERS + " order by 1, 2", 2)) {
            drop.add("alter table " + trigger[0] + " disable trigger " + trigger[1]);
            rebuild.add("alter table " + trigger[0] + " enable trigger " + trigger[1]);
        }
        for (String statement : drop) {
            Jdbc.execute(connection, statement);
        }
        // New, empty files for the tables: a catalogue emptied by deletes leaves its dead rows behind, among which the
        // restored one would otherwise sit until a vacuum. Nothing is lost: the tables were found empty under the lock.
        Jdbc.execute(connection, "truncate " + String.join(", ", TABLES));
        return Optional.of(new Restore(connection, rebuild));
    }

    /** Builds the indexes and constraints again over the restored rows, and gives the planner their statistics. */
    void finish() throws SQLException {
        // sorting a large table's keys in memory rather than in runs on disk; for this transaction only
        Jdbc.execute(connection, "set local maintenance_work_mem = '256MB'");
        for (String statement : rebuild) {
            Jdbc.execute(connection, statement);
        }
        // without statistics, the first reads of the restored catalogue would be planned as if its tables were empty
        Jdbc.execute(connection, "analyze " + String.join(", ", TABLES));
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        return ask(connection, "select pg_try_advisory_xact_lock(" + ADVISORY_LOCK + ")");
    }

    private static boolean isEmpty(Connection connection) throws SQLException {
        return !ask(connection, "select " + String.join(" or ", TABLES.stream().map(table -> "exists (select from " + table + ")").toList()));
    }

    private static boolean ask(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private static List<String[]> rows(Connection connection, String sql, int columns) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                String[] values = new String[columns];
                for (int i = 0; i < columns; i++) {
                    values[i] = row.getString(i + 1);
                }
                rows.add(values);
            }
        }
        return rows;
    }
}
