package io.animecatalogue.database;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.hibernate.FlushMode;
import org.hibernate.Session;

@ReadOnlyTransaction
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class ReadOnlyTransactionInterceptor {

    @Inject
    Session session;

    @AroundInvoke
    Object readOnly(InvocationContext invocation) throws Exception {
        if (QuarkusTransaction.isActive()) {
            return invocation.proceed();
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                session.setDefaultReadOnly(true);
                session.setHibernateFlushMode(FlushMode.MANUAL);
                return invocation.proceed();
            });
        } catch (QuarkusTransactionException e) {
            // a checked exception of the method, wrapped by the transaction; the methods bound here throw none
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
