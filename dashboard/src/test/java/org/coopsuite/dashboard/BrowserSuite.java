package org.coopsuite.dashboard;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import org.coopsuite.infra.Ports;
import org.coopsuite.infra.token.JwtKeys;
import org.coopsuite.infra.token.TokenMinter;
import org.coopsuite.platform.test.ServiceProcess;
import org.coopsuite.platform.test.TestInfrastructure;
import org.springframework.web.client.RestClient;

/**
 * The whole suite as processes, as {@code ./coop run} starts it, on the test broker and server:
 * the authorization server (signing with a key pair of its own data directory, which the
 * services verify with), the three services checking its issuer, and the dashboard signing in
 * through it. Started once for the JVM, stopped when it ends.
 */
final class BrowserSuite {

    private static BrowserSuite running;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final Path dataDir;
    final String issuer;
    final String dashboardUrl;
    final ServiceProcess auth;
    final ServiceProcess call;
    final ServiceProcess funding;
    final ServiceProcess dialogue;
    final ServiceProcess dashboard;

    private BrowserSuite() {
        dataDir = temporaryDirectory();
        JwtKeys.ensure(dataDir);
        int authPort = Ports.free();
        int dashboardPort = Ports.free();
        issuer = "http://localhost:" + authPort;
        dashboardUrl = "http://localhost:" + dashboardPort;
        auth = start("auth-server", authPort, Map.of("coop.auth.data-dir", dataDir.toString(),
                "spring.security.oauth2.authorizationserver.issuer", issuer,
                "spring.security.oauth2.authorizationserver.client.dashboard.registration.redirect-uris",
                dashboardUrl + "/login/oauth2/code/coop",
                "spring.security.oauth2.authorizationserver.client.dashboard.registration.post-logout-redirect-uris",
                dashboardUrl + "/"));
        call = service("call-service");
        funding = service("funding-service");
        dialogue = service("dialogue-service");
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        awaitUp(auth);
        List.of(call, funding, dialogue).forEach(service -> service.awaitHealthy(Duration.ofSeconds(240)));
        dashboard = start("dashboard", dashboardPort, Map.of(
                "spring.security.oauth2.client.provider.coop.issuer-uri", issuer,
                "coop.dashboard.call-service", "http://localhost:" + call.port(),
                "coop.dashboard.funding-service", "http://localhost:" + funding.port(),
                "coop.dashboard.dialogue-service", "http://localhost:" + dialogue.port(),
                "spring.kafka.bootstrap-servers", TestInfrastructure.shared().kafkaBootstrapServers()));
        awaitUp(dashboard);
    }

    static synchronized BrowserSuite get() {
        if (running == null) {
            running = new BrowserSuite();
        }
        return running;
    }

    /** A token as the authorization server issues it (same key, issuer and audience), for the test's own API calls. */
    String bearer(String role, String side, String agency) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).audience(TokenMinter.AUDIENCE)
                .subject(role.toLowerCase() + "-test").claim("roles", List.of(role)).claim("side", side)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1))));
        if (agency != null) {
            claims.claim("agency", agency);
        }
        return "Bearer " + new TokenMinter(JwtKeys.load(dataDir)).sign(claims.build());
    }

    private ServiceProcess service(String name) {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        Map<String, String> properties = new HashMap<>();
        properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        properties.put("spring.mongodb.uri", infrastructure.mongoConnectionString());
        properties.put("spring.mongodb.database", name + "-" + run);
        properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location",
                dataDir.resolve("keys").resolve(JwtKeys.PUBLIC_KEY_FILE).toUri().toString());
        properties.put("coop.security.token.issuer", issuer);
        return start(name, Ports.free(), properties);
    }

    private static ServiceProcess start(String name, int port, Map<String, String> properties) {
        Path root = Path.of(System.getProperty("coop.e2e.root", ".."));
        return ServiceProcess.start(root, System.getProperty("coop.e2e.version"), name, port, properties,
                root.resolve("dashboard/target/browser-logs"), List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"));
    }

    /** Up as its actuator says on its management port: the authorization server and the dashboard have no other health. */
    private static void awaitUp(ServiceProcess process) {
        RestClient health = RestClient.create("http://localhost:" + process.managementPort());
        await(process.name() + " up").atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> health.get().uri("/actuator/health").retrieve().body(String.class).contains("\"UP\""));
    }

    /**
     * At the test JVM's exit, at once: the broker and the server stop in a shutdown hook of their
     * own at the same moment, and a graceful stop of five processes that wait for them took longer
     * than Surefire's 30 s for a forked JVM to exit. Nothing of theirs needs keeping.
     */
    private void stop() {
        List.of(dashboard, call, funding, dialogue, auth).forEach(process -> {
            if (process != null) {
                process.kill();
            }
        });
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("coop-browser");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
