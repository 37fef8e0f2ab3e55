package io.animecatalogue.http.conformance;

import io.animecatalogue.database.SeededCatalogue;
import io.animecatalogue.http.conformance.Contract.OperationRef;
import io.animecatalogue.http.conformance.Judge.Answer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed spec as a promise, checked by a machine: for every operation in openapi/openapi.yaml, requests made
 * from the spec (its examples, other values its schemas allow, and many it forbids) must get an answer that is no 5xx,
 * whose status, media type, headers and body the spec declares, that shows no internals, and that is a 4xx whenever the
 * spec forbids the request. Requests and answers are judged by Vert.x OpenAPI, an OpenAPI 3.1 validator.
 *
 * <p>The probes are random but repeatable: a failure names its seed, and {@code -Dconformance.seed=N} replays it;
 * {@code -Dconformance.probes=N} sends more per operation.
 */
@QuarkusTest
@TestProfile(SpecConformanceTest.OwnDatabase.class)
class SpecConformanceTest {

    /** Writes with random bodies change the catalogue; they get a seeded database of their own. */
    public static class OwnDatabase extends SeededCatalogue {
    }

    private static final long SEED = Long.getLong("conformance.seed", 20261122L);
    private static final int PROBES = Integer.getInteger("conformance.probes", 40);

    private static Vertx vertx;
    private static Contract contract;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Response headers the client library hides or the server adds per connection; irrelevant to the spec. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "host", "expect", "upgrade");

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void loadTheContract() throws Exception {
        vertx = Vertx.vertx();
        contract = Contract.load(vertx);
    }

    @AfterAll
    static void close() {
        vertx.close();
    }

    static Stream<OperationRef> operations() {
        return Contract.operations().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void everyAnswerKeepsTheSpec(OperationRef operation) {
        Judge judge = new Judge(contract);
        Probes probes = new Probes(contract, operation, new Random(SEED ^ operation.operationId().hashCode()), this::currentEtag);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        int sent = 0;
        for (Probe probe : probes.generate(PROBES)) {
            Answer answer = send(probe);
            sent++;
            statuses.merge(answer.status(), 1, Integer::sum);
            for (String wrong : judge.check(operation, probe, answer)) {
                failures.add(probe + "\n    -> " + answer.status() + " " + answer.header("Content-Type") + ": " + wrong
                        + "\n    body: " + abbreviate(new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        // how deep the probes reached, for whoever reads the test output: statuses and how often
        System.out.println("conformance " + operation + ": " + sent + " probes, statuses " + statuses);
        assertThat(sent).isEqualTo(PROBES);
        assertThat(failures).as("%s with -Dconformance.seed=%d", operation, SEED).isEmpty();
    }

    private Answer send(Probe probe) {
        URI uri = URI.create(root.toString().replaceFirst("/$", "") + probe.pathAndQuery());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .method(probe.method, probe.body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(probe.body));
        probe.headers.forEach(request::header);
        if (probe.contentType != null) {
            request.header("Content-Type", probe.contentType);
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            if ("gzip".equalsIgnoreCase(response.headers().firstValue("Content-Encoding").orElse(""))) {
                body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
            }
            Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            response.headers().map().forEach((name, values) -> {
                if (!RESTRICTED.contains(name.toLowerCase())) {
                    headers.put(name, values);
                }
            });
            return new Answer(response.statusCode(), headers, body);
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + probe, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The ETag a read of this path answers with now, or null when it answers none. */
    private String currentEtag(String pathAndQuery) {
        Probe read = new Probe("current ETag", "GET", pathAndQuery);
        Answer answer = send(read);
        return answer.status() == 200 ? answer.header("ETag") : null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
