package io.animecatalogue.database;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.hibernate.SessionFactory;

/**
 * Every statement the service has sent, whichever way: through Hibernate (counted by its statistics, which the test
 * profile turns on) or through the read side. A test takes the difference over one request.
 */
@Singleton
public class SentStatements {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Reads reads;

    public long count() {
        var statistics = sessionFactory.getStatistics();
        if (!statistics.isStatisticsEnabled()) {
            throw new IllegalStateException("Hibernate's statistics are off: statements through it would not be counted");
        }
        return statistics.getPrepareStatementCount() + reads.statementsSent();
    }
}
