package org.coopsuite.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.coopsuite.infra.token.JwtKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCommandTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsOnlyATokenThatVerifiesWithTheStacksPublicKey() throws Exception {
        JwtKeys keys = JwtKeys.ensure(dataDir);

        int code = run("--role", "SECRETARIAT", "--role", "VIEWER", "--side", "EU", "--subject", "alice", "--ttl", "1h");

        assertThat(code).isEqualTo(TokenCommand.OK);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(output(out)).hasLineCount(1);
        SignedJWT jwt = SignedJWT.parse(output(out));
        assertThat(jwt.verify(new RSASSAVerifier(keys.publicKey()))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getStringListClaim("roles")).containsExactly("SECRETARIAT", "VIEWER");
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void failsWithOneClearLineWithoutASide() {
        JwtKeys.ensure(dataDir);

        int code = run("--role", "SECRETARIAT");

        assertThat(code).isEqualTo(TokenCommand.USAGE);
        assertThat(output(out)).isEmpty();
        assertThat(firstLine(err)).isEqualTo("Missing required option: '--side=<side>'");
        assertThat(output(err)).contains("Usage: token", "--side=<side>", "--agency=<agency>");
    }

    @Test
    void failsWithTheUsageForAFundingOfficerWithoutAnAgency() {
        JwtKeys.ensure(dataDir);

        int code = run("--role", "FUNDING_OFFICER", "--side", "JP");

        assertThat(code).isEqualTo(TokenCommand.USAGE);
        assertThat(output(out)).isEmpty();
        assertThat(firstLine(err)).isEqualTo("A FUNDING_OFFICER needs --agency (e.g. --agency JST)");
        assertThat(output(err)).contains("Usage: token");
    }

    @Test
    void failsWithOneClearLineForAnUnknownRole() {
        JwtKeys.ensure(dataDir);

        int code = run("--role", "SECRETARY", "--side", "EU");

        assertThat(code).isEqualTo(TokenCommand.USAGE);
        assertThat(output(out)).isEmpty();
        assertThat(firstLine(err)).startsWith("Invalid value for option '--role' (<role>): expected one of [SECRETARIAT,")
                .endsWith("but was 'SECRETARY'");
    }

    @Test
    void tellsToStartTheLocalStackWhenThereAreNoKeys() {
        int code = run("--role", "VIEWER", "--side", "EU");

        assertThat(code).isEqualTo(TokenCommand.FAILED);
        assertThat(output(out)).isEmpty();
        assertThat(output(err)).hasLineCount(1).endsWith("start the local stack first: ./coop run");
    }

    @Test
    void printsTheOptionsOnHelp() {
        assertThat(run("--help")).isEqualTo(TokenCommand.OK);
        assertThat(output(out)).contains("--role", "--side", "--agency", "--subject", "--ttl", "--data-dir",
                "SECRETARIAT", "PROGRAMME_OFFICER", "EVALUATOR", "APPLICANT", "FUNDING_OFFICER", "OPERATOR", "VIEWER");
        assertThat(output(err)).isEmpty();
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dataDir.toString()));
        return TokenCommand.run(all.toArray(String[]::new), print(out), print(err), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String firstLine(ByteArrayOutputStream bytes) {
        return output(bytes).lines().findFirst().orElse("");
    }

    private static String output(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8).strip();
    }
}
