package org.coopsuite.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.coopsuite.infra.token.JwtKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthServerIT {

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("coop.auth.data-dir", () -> dataDir.toString());
    }

    @Test
    void issuesAMachineTokenWithTheSuitesClaimsSignedWithTheLocalKey() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", basic("coop-operator-tools", "coop-operator-tools-local"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=coop")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        String token = (String) JsonMapper.builder().build().readValue(response.body(), Map.class).get("access_token");

        // The public key the services read from var/keys verifies it, as it verifies ./coop token's.
        Jwt jwt = NimbusJwtDecoder.withPublicKey(JwtKeys.load(dataDir).publicKey()).build().decode(token);
        assertThat(jwt.getIssuer()).hasToString("http://localhost:9000");
        assertThat(jwt.getAudience()).containsExactly("coop-suite");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("OPERATOR", "VIEWER");
        assertThat(jwt.getClaimAsString("side")).isEqualTo("EU");
        assertThat(jwt.getExpiresAt()).isNotNull();
    }

    @Test
    void refusesAMachineWithTheWrongSecret() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", basic("coop-operator-tools", "guess"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void publishesItsKeyAndMetadataAtTheUsualPaths() throws Exception {
        String jwks = get("/oauth2/jwks").body();
        String metadata = get("/.well-known/openid-configuration").body();

        assertThat(jwks).contains("\"kty\":\"RSA\"");
        assertThat(metadata).contains("\"issuer\":\"http://localhost:9000\"").contains("S256");
    }

    @Test
    void sendsABrowserWithoutASessionFromTheAuthorizationEndpointToTheSignInForm() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/oauth2/authorize?response_type=code"
                        + "&client_id=coop-dashboard&scope=openid&redirect_uri=http://localhost:8084/login/oauth2/code/coop"
                        + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(get("/login").body()).contains("name=\"username\"").contains("name=\"password\"");
    }

    @Test
    void answersHealthWithoutSignIn() throws Exception {
        assertThat(get("/actuator/health").body()).contains("\"UP\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
