package org.coopsuite.infra.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopsuite.infra.token.Role.FUNDING_OFFICER;
import static org.coopsuite.infra.token.Role.SECRETARIAT;
import static org.coopsuite.infra.token.Role.VIEWER;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class TokenMinterTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final JwtKeys KEYS = JwtKeys.generate();

    private final TokenMinter minter = new TokenMinter(KEYS, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void mintsATokenThatVerifiesWithThePublicKeyAndCarriesTheClaims() throws Exception {
        SignedJWT jwt = SignedJWT.parse(minter.mint(TokenRequest.of("kenji", "JP", "JST", FUNDING_OFFICER, VIEWER)));

        assertThat(jwt.verify(new RSASSAVerifier(KEYS.publicKey()))).isTrue();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:9000");
        assertThat(claims.getAudience()).containsExactly("coop-suite");
        assertThat(claims.getSubject()).isEqualTo("kenji");
        assertThat(claims.getStringListClaim("roles")).containsExactly("FUNDING_OFFICER", "VIEWER");
        assertThat(claims.getStringClaim("side")).isEqualTo("JP");
        assertThat(claims.getStringClaim("agency")).isEqualTo("JST");
        assertThat(claims.getIssueTime()).isEqualTo(Date.from(NOW));
        assertThat(claims.getExpirationTime()).isEqualTo(Date.from(NOW.plus(TokenMinter.DEFAULT_TTL)));
    }

    @Test
    void leavesOutTheAgencyWhenThereIsNone() throws Exception {
        SignedJWT jwt = SignedJWT.parse(minter.mint(TokenRequest.of("alice", "EU", null, SECRETARIAT)));

        assertThat(jwt.getJWTClaimsSet().getClaims()).doesNotContainKey("agency");
    }

    @Test
    void doesNotVerifyWithAnotherKey() throws Exception {
        SignedJWT jwt = SignedJWT.parse(minter.mint(TokenRequest.of("alice", "EU", null, SECRETARIAT)));

        assertThat(jwt.verify(new RSASSAVerifier(JwtKeys.generate().publicKey()))).isFalse();
    }

    @Test
    void isAcceptedBySpringSecurityVerifyingWithThePublicKeyFile(@TempDir Path dataDir) throws Exception {
        JwtKeys keys = JwtKeys.ensure(dataDir);
        String token = new TokenMinter(keys).mint(TokenRequest.of("alice", "EU", null, SECRETARIAT));

        Jwt jwt = decoderReading(dataDir.resolve("keys/jwt-public.pem")).decode(token);

        assertThat(jwt.getSubject()).isEqualTo("alice");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SECRETARIAT");
        assertThat(jwt.getClaimAsString("side")).isEqualTo("EU");
    }

    // As a service does with spring.security.oauth2.resourceserver.jwt.public-key-location.
    private static NimbusJwtDecoder decoderReading(Path publicKeyFile) throws Exception {
        try (InputStream pem = Files.newInputStream(publicKeyFile)) {
            return NimbusJwtDecoder.withPublicKey(RsaKeyConverters.x509().convert(pem)).build();
        }
    }
}
