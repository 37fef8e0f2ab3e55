package io.animecatalogue.exchange;

import io.animecatalogue.database.Jdbc;
import org.postgresql.util.PSQLException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a chunk in one go. Should the database refuse it (a rule only it knows, such as an external id another
 * record has), the chunk is undone and written again record by record, to name the lines at fault.
 */
final class GuardedWriter {

    private static final Map<String, String> EXTERNAL_ID_MEMBERS = Map.of("myanimelist_id", "myAnimeList",
            "anilist_id", "aniList", "anidb_id", "aniDb", "animenewsnetwork_id", "animeNewsNetwork", "wikidata_id", "wikidata");

    private final Connection connection;
    private final RecordWriter writer;
    private final ImportErrors errors;

    GuardedWriter(Connection connection, RecordWriter writer, ImportErrors errors) {
        this.connection = connection;
        this.writer = writer;
        this.errors = errors;
    }

    void write(List<RecordWriter.Write<CompanyRecord>> companies, List<RecordWriter.Write<PersonRecord>> people,
                       List<RecordWriter.Write<AnthologyRecord>> anthologies, List<RecordWriter.Write<ReleaseRecord>> releases)
            throws SQLException {
        // savepoints in SQL: the pool refuses JDBC's rollback calls on a connection its transaction manager owns
        savepoint("savepoint import_chunk");
        try {
            writer.write(companies, people, anthologies, releases);
            savepoint("release savepoint import_chunk");
            return;
        } catch (PSQLException e) {
            savepoint("rollback to savepoint import_chunk");
        }
        List<RecordWriter.Write<?>> all = new ArrayList<>();
        all.addAll(companies);
        all.addAll(people);
        all.addAll(anthologies);
        all.addAll(releases);
        for (RecordWriter.Write<?> write : all) {
            savepoint("savepoint import_record");
            try {
                writer.write(only(companies, write), only(people, write), only(anthologies, write), only(releases, write));
                savepoint("release savepoint import_record");
            } catch (PSQLException e) {
                savepoint("rollback to savepoint import_record");
                refused(write.line(), e);
            }
        }
    }

    private void savepoint(String sql) throws SQLException {
        Jdbc.execute(connection, sql);
    }

    private void refused(int line, PSQLException e) throws PSQLException {
        var message = e.getServerErrorMessage();
        String constraint = message == null ? null : message.getConstraint();
        if ("23505".equals(e.getSQLState()) && constraint != null) {
            for (Map.Entry<String, String> member : EXTERNAL_ID_MEMBERS.entrySet()) {
                if (constraint.contains(member.getKey())) {
                    errors.add(line, "/externalIds/" + member.getValue(), "another record in the catalogue has this id");
                    return;
                }
            }
        }
        if (e.getSQLState() != null && (e.getSQLState().startsWith("23") || e.getSQLState().startsWith("22"))) {
            errors.add(line, "", "breaks a rule of the catalogue that the checks before writing did not catch");
            return;
        }
        throw e;
    }

    private static <R extends CatalogueRecord> List<RecordWriter.Write<R>> only(List<RecordWriter.Write<R>> writes, RecordWriter.Write<?> write) {
        return writes.stream().filter(candidate -> candidate == write).toList();
    }

}
