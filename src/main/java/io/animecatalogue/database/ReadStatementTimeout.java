package io.animecatalogue.database;

import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The read pool's connections: the same statement timeout as the writes' (a slow read must not hold a connection
 * others wait for), and read-only, so that a read that tried to write would fail on the primary as it would on a
 * standby.
 */
@ApplicationScoped
@DataSource("reads")
public class ReadStatementTimeout extends StatementTimeout {

    @Override
    public void onConnectionCreate(Connection connection) {
        super.onConnectionCreate(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set default_transaction_read_only = on");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make a new read connection read-only", e);
        }
    }
}
