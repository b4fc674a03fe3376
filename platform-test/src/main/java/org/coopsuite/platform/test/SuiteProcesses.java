package org.coopsuite.platform.test;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import org.coopsuite.infra.Ports;
import org.coopsuite.infra.token.JwtKeys;
import org.coopsuite.infra.token.TokenMinter;
import org.springframework.web.client.RestClient;

/**
 * The whole suite as processes, as {@code ./coop run} starts it, on a broker and a server the
 * caller runs: the authorization server (signing with a key pair of its own data directory, which
 * the services verify with), the three services checking its issuer, each in a database of this
 * run, and the dashboard signing in through it. For the browser tests and the benchmark of live
 * pages; {@link #close()} stops them at once.
 */
public final class SuiteProcesses implements AutoCloseable {

    /** The local users' password (auth-server's {@code local-users.yml}). */
    public static final String PASSWORD = "coop";

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Path root;
    private final String version;
    private final Path logs;
    private final List<String> javaOptions;
    private final List<ServiceProcess> started = new ArrayList<>();
    private final Path dataDir;
    private final String issuer;
    private final String dashboardUrl;
    private final int authPort;
    private final int dashboardPort;
    private final String bootstrapServers;
    private final String mongoUri;
    private ServiceProcess call;
    private ServiceProcess funding;
    private ServiceProcess dialogue;

    private SuiteProcesses(Path root, String version, String bootstrapServers, String mongoUri, Path logs,
            List<String> javaOptions) {
        this.root = root;
        this.version = version;
        this.logs = logs;
        this.javaOptions = List.copyOf(javaOptions);
        this.dataDir = temporaryDirectory();
        JwtKeys.ensure(dataDir);
        this.authPort = Ports.free();
        this.dashboardPort = Ports.free();
        this.issuer = "http://localhost:" + authPort;
        this.dashboardUrl = "http://localhost:" + dashboardPort;
        this.bootstrapServers = bootstrapServers;
        this.mongoUri = mongoUri;
    }

    private void launch() {
        ServiceProcess auth = start("auth-server", authPort, Map.of("coop.auth.data-dir", dataDir.toString(),
                "spring.security.oauth2.authorizationserver.issuer", issuer,
                "spring.security.oauth2.authorizationserver.client.dashboard.registration.redirect-uris",
                dashboardUrl + "/login/oauth2/code/coop",
                "spring.security.oauth2.authorizationserver.client.dashboard.registration.post-logout-redirect-uris",
                dashboardUrl + "/"));
        call = service("call-service");
        funding = service("funding-service");
        dialogue = service("dialogue-service");
        awaitUp(auth);
        List.of(call, funding, dialogue).forEach(service -> service.awaitHealthy(Duration.ofSeconds(240)));
        awaitUp(start("dashboard", dashboardPort, Map.of(
                "spring.security.oauth2.client.provider.coop.issuer-uri", issuer,
                "coop.dashboard.call-service", "http://localhost:" + call.port(),
                "coop.dashboard.funding-service", "http://localhost:" + funding.port(),
                "coop.dashboard.dialogue-service", "http://localhost:" + dialogue.port(),
                "spring.kafka.bootstrap-servers", bootstrapServers)));
    }

    /**
     * Starts the suite from the exec jars under {@code root} and waits until every part is up.
     *
     * @param mongoUri the server's connection string without a database
     * @param logs     where each process writes {@code <name>.log}
     */
    public static SuiteProcesses start(Path root, String version, String bootstrapServers, String mongoUri, Path logs,
            List<String> javaOptions) {
        SuiteProcesses suite = new SuiteProcesses(root, version, bootstrapServers, mongoUri, logs, javaOptions);
        try {
            suite.launch();
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    /** This run's id, in its databases' names. */
    public String run() {
        return run;
    }

    public String dashboardUrl() {
        return dashboardUrl;
    }

    public ServiceProcess call() {
        return call;
    }

    public ServiceProcess funding() {
        return funding;
    }

    public ServiceProcess dialogue() {
        return dialogue;
    }

    /** A token as the authorization server issues it (same key, issuer and audience), for API calls beside the browser. */
    public String bearer(String role, String side, String agency) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).audience(TokenMinter.AUDIENCE)
                .subject(role.toLowerCase() + "-test").claim("roles", List.of(role)).claim("side", side)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1))));
        if (agency != null) {
            claims.claim("agency", agency);
        }
        return "Bearer " + new TokenMinter(JwtKeys.load(dataDir)).sign(claims.build());
    }

    /**
     * Stops every process at once, as {@code kill -9} does: nothing of theirs needs keeping, and a
     * graceful stop of five processes whose broker and server stop at the same moment takes long.
     */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).kill();
        }
    }

    private ServiceProcess service(String name) {
        Map<String, String> properties = new HashMap<>();
        properties.put("spring.kafka.bootstrap-servers", bootstrapServers);
        properties.put("spring.mongodb.uri", mongoUri);
        properties.put("spring.mongodb.database", name + "-" + run);
        properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location",
                dataDir.resolve("keys").resolve(JwtKeys.PUBLIC_KEY_FILE).toUri().toString());
        properties.put("coop.security.token.issuer", issuer);
        return start(name, Ports.free(), properties);
    }

    private ServiceProcess start(String name, int port, Map<String, String> properties) {
        ServiceProcess process = ServiceProcess.start(root, version, name, port, properties, logs, javaOptions);
        started.add(process);
        return process;
    }

    /** Up as its actuator says on its management port: the authorization server and the dashboard have no other health. */
    private static void awaitUp(ServiceProcess process) {
        RestClient health = RestClient.create("http://localhost:" + process.managementPort());
        await(process.name() + " up").atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> health.get().uri("/actuator/health").retrieve().body(String.class).contains("\"UP\""));
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("coop-suite");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
