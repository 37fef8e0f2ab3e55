package io.animecatalogue.database;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service, started the way the README starts it, with no database configured: it must run on an embedded
 * PostgreSQL whose data survives restarts, and say so in one line.
 */
class EmbeddedDatabaseIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
    private static final String NOTICE = "No database configured: using an embedded PostgreSQL";
    private static final String SEEDED = "Loaded the seed catalogue into the empty database";
    private static final Pattern TOKEN = Pattern.compile("Editor token for local use: (\\S+)");

    private final List<Service> started = new ArrayList<>();

    @TempDir
    Path directory;

    @AfterEach
    void stopAll() {
        started.forEach(Service::stop);
    }

    @Test
    void dataSurvivesARestartAndTheSeedLoadsOnlyOnce() throws Exception {
        Path data = directory.resolve("postgres");

        Service first = start(data);
        String id = first.anthologyId("memories");
        assertThat(first.log()).contains(NOTICE, data.toAbsolutePath().toString(), "QUARKUS_DATASOURCE_JDBC_URL", SEEDED);
        assertThat(first.log().lines().filter(line -> line.contains(NOTICE))).hasSize(1);
        first.stop();
        assertThat(data.resolve("postmaster.pid")).as("the embedded server stops with the service").doesNotExist();

        Service second = start(data);
        assertThat(second.anthologyId("memories")).isEqualTo(id);
        assertThat(second.log()).contains(NOTICE).doesNotContain(SEEDED);
    }

    /** What the README promises a newcomer: the logged token lets them write, as in Swagger UI, and only on this run. */
    @Test
    void theLoggedEditorTokenWritesAnAnthologyWithSegmentsAndCredits() throws Exception {
        Path data = directory.resolve("postgres");
        Service first = start(data);
        String token = first.editorToken();
        RestAssured.given().port(first.port()).contentType("application/json").body("{\"title\": \"X\", \"kind\": \"film\"}")
                .post("/api/v1/anthologies").then().statusCode(401);
        RestAssured.given().port(first.port()).auth().oauth2(token).contentType("application/json").body("""
                        {"title": "Newcomer Shorts", "kind": "ova",
                         "segments": [{"title": "Opening", "credits": [{"person": "koji-morimoto", "role": "director"}]},
                                      {"title": "Closing", "credits": [{"person": "yoko-kanno", "role": "music"}]}]}""")
                .post("/api/v1/anthologies").then().statusCode(201);
        RestAssured.given().port(first.port()).queryParam("include", "segments,credits").get("/api/v1/anthologies/newcomer-shorts")
                .then().statusCode(200)
                .body("segments.title", org.hamcrest.Matchers.contains("Opening", "Closing"))
                .body("segments[1].credits[0].person.slug", org.hamcrest.Matchers.equalTo("yoko-kanno"));
        first.stop();

        Service second = start(data);
        assertThat(second.editorToken()).isNotEqualTo(token);
        RestAssured.given().port(second.port()).auth().oauth2(token).contentType("application/json")
                .body("{\"title\": \"Late\", \"kind\": \"film\"}").post("/api/v1/anthologies")
                .then().statusCode(401);
    }

    @Test
    void aServerLeftRunningByAKilledServiceIsTakenOverOnTheNextStart() throws Exception {
        Path data = directory.resolve("postgres");
        Service first = start(data);
        String id = first.anthologyId("memories");
        first.kill();
        assertThat(data.resolve("postmaster.pid")).as("a killed service leaves its server running").exists();

        Service second = start(data);
        assertThat(second.anthologyId("memories")).isEqualTo(id);
    }

    /**
     * SIGTERM while an import is being written: the import still finishes and commits, requests arriving meanwhile are
     * refused, and then the process and its database stop.
     */
    @Test
    void aShutdownLetsTheRequestInFlightFinishAndRefusesNewOnes() throws Exception {
        Path data = directory.resolve("postgres");
        Service service = start(data);
        String token = service.editorToken();
        int port = service.port();
        byte[] file = anthologies(2000);
        service.anthologyId("memories"); // the client is warm, so the import below is under way when the signal comes
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        CompletableFuture<java.net.http.HttpResponse<String>> inFlight = client.sendAsync(java.net.http.HttpRequest.newBuilder()
                        .uri(java.net.URI.create("http://localhost:" + port + "/api/v1/import"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/x-ndjson")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(file)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        Thread.sleep(2000);
        assertThat(inFlight).as("the import takes longer than that").isNotDone();

        service.process.destroy();
        Thread.sleep(500);
        try {
            int status = RestAssured.given().port(port).get("/api/v1/anthologies/memories").then().extract().statusCode();
            assertThat(status).as("a request arriving during shutdown is refused").isEqualTo(503);
        } catch (Exception refused) {
            assertThat(refused).as("or its connection is refused").satisfiesAnyOf(
                    thrown -> assertThat(thrown).isInstanceOf(java.net.ConnectException.class),
                    thrown -> assertThat(thrown).hasRootCauseInstanceOf(java.net.ConnectException.class));
        }
        var response = inFlight.get(60, TimeUnit.SECONDS);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(io.restassured.path.json.JsonPath.from(response.body()).getInt("anthologies.created")).isEqualTo(2000);
        assertThat(service.process.waitFor(60, TimeUnit.SECONDS)).as("the service exits").isTrue();
        assertThat(data.resolve("postmaster.pid")).as("and its database with it").doesNotExist();

        Service again = start(data);
        RestAssured.given().port(again.port()).get("/api/v1/anthologies/shutdown-1999").then().statusCode(200);
    }

    /** An import that takes a few seconds to write: anthologies with four segments of five credits each. */
    private static byte[] anthologies(int count) {
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < count; i++) {
            file.append("{\"type\":\"anthology\",\"slug\":\"shutdown-").append(i).append("\",\"title\":\"Shutdown ")
                    .append(i).append("\",\"kind\":\"ova\",\"segments\":[");
            for (int s = 0; s < 4; s++) {
                file.append(s == 0 ? "" : ",").append("{\"slug\":\"shutdown-").append(i).append('-').append(s)
                        .append("\",\"title\":\"Part ").append(s).append("\",\"credits\":[");
                String[] people = {"katsuhiro-otomo", "koji-morimoto", "satoshi-kon", "yoko-kanno", "tensai-okamura"};
                for (int c = 0; c < people.length; c++) {
                    file.append(c == 0 ? "" : ",").append("{\"person\":\"").append(people[c]).append("\",\"role\":\"key_animation\"}");
                }
                file.append("]}");
            }
            file.append("]}\n");
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** CATALOGUE_LOG_JSON=true: each line a JSON object that a log collector can index without parsing text. */
    @Test
    void jsonLogsAreOneObjectPerLine() throws Exception {
        Service service = start(directory.resolve("postgres"), Map.of("CATALOGUE_LOG_JSON", "true"));
        String listening = service.log().lines().filter(line -> line.contains("Listening on")).findFirst().orElseThrow();
        var line = new com.fasterxml.jackson.databind.ObjectMapper().readTree(listening);
        assertThat(line.path("level").asText()).isEqualTo("INFO");
        assertThat(line.path("logger").asText()).isEqualTo("io.quarkus");
        assertThat(line.path("timestamp").asText()).matches("^\\d{4}-\\d{2}-\\d{2}T.*Z$");
        assertThat(line.path("message").asText()).contains("Listening on");
    }

    private Service start(Path data) throws Exception {
        return start(data, Map.of());
    }

    private Service start(Path data, Map<String, String> environment) throws Exception {
        Service service = new Service(data, environment);
        started.add(service);
        service.awaitPort();
        return service;
    }

    private static final class Service {
        private final Process process;
        private final StringBuffer log = new StringBuffer();
        private final CompletableFuture<Integer> port = new CompletableFuture<>();

        Service(Path data, Map<String, String> environment) throws IOException {
            assertThat(JAR).as("run the build (package) first").exists();
            // with the README's JVM options, so that its heap is known to carry what these tests do
            ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                    "-XX:+UseSerialGC", "-Xmx192m", "-jar", JAR.toAbsolutePath().toString()).redirectErrorStream(true);
            // started as a newcomer would: no database configured anywhere
            builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_DATASOURCE") || name.startsWith("MP_JWT"));
            builder.environment().put("CATALOGUE_EMBEDDED_DATABASE_DATA_DIR", data.toString());
            builder.environment().put("QUARKUS_HTTP_PORT", "0");
            builder.environment().putAll(environment);
            process = builder.start();
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        log.append(line).append('\n');
                        Matcher listening = LISTENING.matcher(line);
                        if (listening.find()) {
                            port.complete(Integer.parseInt(listening.group(1)));
                        }
                    }
                } catch (IOException e) {
                    port.completeExceptionally(e);
                }
                port.completeExceptionally(new IllegalStateException("the service exited before listening:\n" + log));
            });
            reader.setDaemon(true);
            reader.start();
        }

        void awaitPort() throws Exception {
            port.get(Duration.ofSeconds(120).toSeconds(), TimeUnit.SECONDS);
        }

        String anthologyId(String slug) throws Exception {
            return RestAssured.given().port(port.get()).get("/api/v1/anthologies/" + slug)
                    .then().statusCode(200).extract().path("id");
        }

        int port() throws Exception {
            return port.get();
        }

        String editorToken() {
            Matcher token = TOKEN.matcher(log());
            assertThat(token.find()).as("the service logs an editor token:\n" + log()).isTrue();
            return token.group(1);
        }

        String log() {
            return log.toString();
        }

        void stop() {
            if (process.isAlive()) {
                process.destroy();
                try {
                    process.waitFor(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
        }
    }

}
