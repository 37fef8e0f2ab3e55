package io.animecatalogue.database;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.FlushMode;
import org.hibernate.Session;

import java.sql.Statement;
import java.time.Duration;

@ReadOnlyTransaction
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class ReadOnlyTransactionInterceptor {

    @Inject
    Session session;

    /**
     * How long one statement of a read may run. A read that takes longer holds a connection other requests are
     * waiting for; it is cancelled and answered with a 503 instead.
     */
    @ConfigProperty(name = "catalogue.read-statement-timeout", defaultValue = "10S")
    Duration statementTimeout;

    @AroundInvoke
    Object readOnly(InvocationContext invocation) throws Exception {
        if (QuarkusTransaction.isActive()) {
            return invocation.proceed();
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                session.setDefaultReadOnly(true);
                session.setHibernateFlushMode(FlushMode.MANUAL);
                session.doWork(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("set local statement_timeout = " + statementTimeout.toMillis());
                    }
                });
                return invocation.proceed();
            });
        } catch (QuarkusTransactionException e) {
            // a checked exception of the method, wrapped by the transaction; the methods bound here throw none
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
