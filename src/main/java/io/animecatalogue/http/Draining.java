package io.animecatalogue.http;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * From the moment the process is told to stop, new API requests are refused with a 503 problem (clients retry on
 * another instance) and readiness reports DOWN, while the requests already in flight run to their end
 * (quarkus.shutdown.timeout). Quarkus itself would keep serving new requests until the last one finished.
 */
@Singleton
@Default // the request filter needs it too, not only the readiness checks
@Readiness
public class Draining implements HealthCheck {

    private static final AtomicBoolean DRAINING = new AtomicBoolean();

    void onStart(@Observes StartupEvent event) {
        // a JVM shutdown hook runs as soon as the signal arrives, beside Quarkus's own orderly shutdown
        Runtime.getRuntime().addShutdownHook(new Thread(() -> DRAINING.set(true), "catalogue-draining"));
    }

    @ServerRequestFilter(preMatching = true, priority = 50)
    public Response refuseWhileDraining(UriInfo uri) {
        if (!DRAINING.get()) {
            return null;
        }
        return ProblemMapper.serviceUnavailable("This instance is shutting down. Retry the request; another instance will serve it.", uri)
                .header("Connection", "close")
                .build();
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("accepting requests").status(!DRAINING.get()).build();
    }
}
