package io.animecatalogue.http;

import io.animecatalogue.shared.ProblemType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-client limits on the two kinds of request that cost the most: writes (imports included) and searches. Each
 * client (by address) has a bucket per kind that refills evenly over a minute, so a burst up to the limit passes and
 * a steady stream is held to it. Past it, a 429 problem says in {@code Retry-After} when the next request will pass.
 * Reads other than search are not limited: they are cheap and cached by ETag.
 */
@Singleton
public class RateLimits {

    /** Buckets of clients not seen for a while are dropped once there are this many, so memory stays bounded. */
    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * Looked up on first use: request filters are made while the application is built, before the runtime
     * configuration they would be injected with exists (Quarkus fails with SRCFG00027 otherwise).
     */
    @Inject
    Instance<RateLimitConfig> configuration;

    private volatile RateLimitConfig config;

    @ServerRequestFilter(preMatching = true, priority = 100)
    public Response limit(Request request, UriInfo uri, HttpServerRequest connection) {
        String path = uri.getPath();
        if (!path.startsWith("/api/")) {
            return null;
        }
        String method = request.getMethod();
        boolean write = !List.of("GET", "HEAD", "OPTIONS").contains(method);
        boolean search = !write && path.equals("/api/v1/search");
        RateLimitConfig config = this.config;
        if (config == null) {
            config = this.config = configuration.get();
        }
        int perMinute = write ? config.writesPerMinute() : search ? config.searchesPerMinute() : 0;
        if (perMinute <= 0) {
            return null;
        }
        String client = (write ? "write " : "search ") + connection.remoteAddress().hostAddress();
        if (buckets.size() > MAX_CLIENTS) {
            long now = System.nanoTime();
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > 60_000_000_000L);
        }
        long waitSeconds = buckets.computeIfAbsent(client, key -> new Bucket(perMinute)).take(perMinute);
        if (waitSeconds == 0) {
            return null;
        }
        return ProblemMapper.response(ProblemType.TOO_MANY_REQUESTS, "This client has sent more than " + perMinute + " "
                        + (write ? "writes" : "searches") + " a minute. Retry after " + waitSeconds + " s.", List.of(), uri)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(waitSeconds))
                .build();
    }

    /** A token bucket: full at the limit, refilled at limit/60 tokens a second. */
    private static final class Bucket {

        private double tokens;
        private long refilled = System.nanoTime();

        Bucket(int capacity) {
            tokens = capacity;
        }

        /** @return 0 when a token was taken, otherwise the whole seconds until one will be there */
        synchronized long take(int perMinute) {
            long now = System.nanoTime();
            tokens = Math.min(perMinute, tokens + (now - refilled) / 1e9 * perMinute / 60.0);
            refilled = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * 60.0 / perMinute);
        }

        synchronized long idleSince(long now) {
            return now - refilled;
        }
    }
}
