package io.animecatalogue.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import io.animecatalogue.shared.EntityTags;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.Ref;
import io.animecatalogue.shared.RenderedJson;
import io.animecatalogue.shared.Tagged;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;

/**
 * The read side's one way to the database: a single statement, on a connection of the {@code reads} pool, in
 * autocommit. No entity, persistence context or JTA transaction is involved, and the statement renders the response
 * itself, so that a read costs what its SQL costs. The pool may point at hot standbys (see application.properties):
 * nothing here writes, and the pool's connections refuse to ({@link ReadStatementTimeout}).
 */
@ApplicationScoped
public class Reads {

    /** Reads one statement's whole result. */
    @FunctionalInterface
    public interface Result<T> {
        T read(ResultSet rows) throws SQLException;
    }

    @Inject
    @DataSource("reads")
    AgroalDataSource source;

    private final LongAdder statements = new LongAdder();

    /**
     * Runs one statement and reads its result.
     *
     * @param parameters bound in order; arrays and collections travel as PostgreSQL arrays (see {@link Jdbc#bind})
     */
    public <T> T query(String sql, List<Object> parameters, Result<T> result) {
        try (Connection connection = source.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            Jdbc.bind(statement, parameters);
            statements.increment();
            try (ResultSet rows = statement.executeQuery()) {
                return result.read(rows);
            }
        } catch (SQLException e) {
            throw new ReadFailedException(e);
        }
    }

    /**
     * A resource whose document shows its own row alone: its ETag notes that row, as a write's If-Match check does.
     *
     * @param sql selects {@code id}, {@code version} and the document as {@code body}, with one parameter, the ref
     * @param resource what it is, for the 404 when none has the ref ("person")
     */
    public Tagged<RenderedJson> document(String sql, Ref ref, String variant, String resource) {
        return query(sql, List.of(ref instanceof Ref.Id id ? id.value() : ((Ref.Slug) ref).value()), rows -> {
            if (!rows.next()) {
                throw ProblemException.notFound(resource, ref.toString());
            }
            return EntityTags.forVariant(variant).add(rows.getObject("id", UUID.class), rows.getLong("version"))
                    .tag(RenderedJson.of(rows.getString("body")));
        });
    }

    /** Work on one read connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * A read that needs several statements, each deciding the next (search: a tier of hits is read only when the ones
     * before it leave places empty), on one connection of the pool, in autocommit. Its statements are not counted.
     */
    public <T> T withConnection(Work<T> work) {
        try (Connection connection = source.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new ReadFailedException(e);
        }
    }

    /** How many single statements the read side has sent since the service started: tests count a request's. */
    public long statementsSent() {
        return statements.sum();
    }

    /** A read the database refused or could not answer; the problem mapper reads the SQL state from its cause. */
    public static final class ReadFailedException extends RuntimeException {
        ReadFailedException(SQLException cause) {
            super("A read failed: " + cause.getSQLState(), cause);
        }
    }
}
