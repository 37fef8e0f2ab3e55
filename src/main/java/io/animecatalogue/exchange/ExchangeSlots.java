package io.animecatalogue.exchange;

import jakarta.inject.Inject;
import io.animecatalogue.shared.ProblemException;
import io.animecatalogue.shared.ProblemType;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.Semaphore;

/**
 * How many exports and imports one instance runs at once. Each holds a database connection for its whole run
 * (minutes, for a large catalogue), and the pool is kept small on purpose (application.properties): unbounded, a few
 * exports started together (export is public) would hold every connection, and every other request would wait for
 * one until it failed. Past the limit, a 503 problem says when to try again.
 */
@ApplicationScoped
public class ExchangeSlots {

    /** A slot taken; closing it gives it back, once. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    @Inject
    ExchangeConfig config;

    private int concurrentExports;
    private int concurrentImports;

    private Semaphore exports;
    private Semaphore imports;

    @PostConstruct
    void init() {
        concurrentExports = config.exchange().concurrentExports();
        concurrentImports = config.exchange().concurrentImports();
        if (concurrentExports < 1 || concurrentImports < 1) {
            throw new IllegalStateException("catalogue.exchange.concurrent-exports and -imports must be at least 1");
        }
        exports = new Semaphore(concurrentExports);
        imports = new Semaphore(concurrentImports);
    }

    public Slot export() {
        return take(exports, concurrentExports, "export");
    }

    public Slot importing() {
        return take(imports, concurrentImports, "import");
    }

    private static Slot take(Semaphore slots, int limit, String what) {
        if (!slots.tryAcquire()) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "This instance is running " + limit + " "
                    + what + (limit == 1 ? "" : "s") + " already, as many as it runs at once. Try again shortly.");
        }
        return new Slot() {
            private boolean open = true;

            @Override
            public synchronized void close() {
                if (open) {
                    open = false;
                    slots.release();
                }
            }
        };
    }
}
