package io.animecatalogue.database;

import jakarta.inject.Inject;
import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How long one statement may run before PostgreSQL cancels it, set once on every new connection of the pool. A read
 * that takes longer holds a connection other requests are waiting for; it is cancelled and answered with a 503
 * (see the problem mapper). Set per connection rather than per transaction, because a {@code set local} before every
 * read was one more round trip to the server on each request. Imports and exports, whose statements are long by
 * nature, lift it for their own transaction ({@link #LIFT}) and are bounded by their transaction timeout instead.
 */
@ApplicationScoped
public class StatementTimeout implements AgroalPoolInterceptor {

    /** For a transaction whose statements may rightly run longer than a read's. */
    public static final String LIFT = "set local statement_timeout = 0";

    @Inject
    DatabaseConfig config;

    @Override
    public void onConnectionCreate(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set statement_timeout = " + config.readStatementTimeout().toMillis());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the statement timeout of a new connection", e);
        }
    }
}
