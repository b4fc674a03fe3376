package org.coopsuite.call.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.nimbusds.jwt.JWTClaimsSet;
import org.coopsuite.infra.token.JwtKeys;
import org.coopsuite.infra.token.TokenMinter;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 26's token attacks against a real service: each a 401 or a 403 with a problem body, none a 5xx. */
@ServiceIntegrationTest
class TokenValidationIT {

    private static final Instant NOW = Instant.now();

    @LocalServerPort
    int port;

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of("alg none", unsigned(claims(UnaryOperator.identity())), 401),
                Arguments.of("another key", new TokenMinter(JwtKeys.generate()).sign(claims(UnaryOperator.identity())), 401),
                Arguments.of("expired", signed(c -> c.expirationTime(Date.from(NOW.minus(Duration.ofMinutes(5))))), 401),
                Arguments.of("not yet valid", signed(c -> c.notBeforeTime(Date.from(NOW.plus(Duration.ofMinutes(5))))), 401),
                Arguments.of("wrong issuer", signed(c -> c.issuer("https://issuer.example")), 401),
                Arguments.of("wrong audience", signed(c -> c.audience("another-suite")), 401),
                Arguments.of("no audience", signed(c -> c.audience((String) null)), 401),
                Arguments.of("missing exp", signed(c -> c.expirationTime(null)), 401),
                Arguments.of("oversized", signed(c -> c.claim("padding", "x".repeat(16_000))), 401),
                Arguments.of("missing roles", signed(c -> c.claim("roles", null)), 403),
                Arguments.of("forged role", signed(c -> c.claim("roles", List.of("VIEWER", "ROOT"))), 403),
                Arguments.of("missing side", signed(c -> c.claim("side", null)), 403),
                Arguments.of("forged side", signed(c -> c.claim("side", "XX")), 403),
                Arguments.of("forged agency", signed(c -> c.claim("agency", "NOPE")), 403),
                Arguments.of("agency of another side", signed(c -> c.claim("agency", "JST")), 403),
                Arguments.of("funding officer without agency",
                        signed(c -> c.claim("roles", List.of("FUNDING_OFFICER")).claim("agency", null)), 403));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("refusedTokens")
    void refusesTheTokenWithAProblem(String attack, String token, int status) throws Exception {
        HttpResponse<String> response = list(token);

        assertThat(response.statusCode()).as("%s: %s", attack, response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status);
    }

    @Test
    void acceptsAWellFormedToken() throws Exception {
        assertThat(list(signed(UnaryOperator.identity())).statusCode()).isEqualTo(200);
        assertThat(list(signed(c -> c.claim("roles", List.of("FUNDING_OFFICER")).claim("agency", "REA"))).statusCode())
                .isEqualTo(200);
    }

    @Test
    void acceptsATokenJustExpiredWithinTheClockSkew() throws Exception {
        Instant now = Instant.now();
        String token = signed(c -> c.issueTime(Date.from(now.minus(Duration.ofMinutes(1))))
                .expirationTime(Date.from(now.minus(Duration.ofSeconds(10)))));

        HttpResponse<String> response = list(token);

        assertThat(response.statusCode()).as("%s", response.body()).isEqualTo(200);
    }

    @Test
    void namesTheFailedCheck() throws Exception {
        assertThat(list(signed(c -> c.issuer("https://issuer.example"))).body()).contains("iss");
    }

    private HttpResponse<String> list(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/calls"))
                .header("Authorization", TestTokens.bearer(token)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A viewer of the EU, as the local authorization server and ./coop token issue it, then changed. */
    private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(new JWTClaimsSet.Builder()
                .issuer(TokenMinter.ISSUER)
                .audience(TokenMinter.AUDIENCE)
                .subject("viewer-eu")
                .claim("roles", List.of("VIEWER"))
                .claim("side", "EU")
                .issueTime(Date.from(NOW))
                .expirationTime(Date.from(NOW.plus(Duration.ofHours(1))))).build();
    }

    private static String signed(UnaryOperator<JWTClaimsSet.Builder> change) {
        return TestTokens.signed(claims(change));
    }

    private static String unsigned(JWTClaimsSet claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
