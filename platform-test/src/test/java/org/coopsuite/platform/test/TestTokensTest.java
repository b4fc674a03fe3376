package org.coopsuite.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.coopsuite.infra.token.Role.FUNDING_OFFICER;
import static org.coopsuite.infra.token.Role.SECRETARIAT;
import static org.coopsuite.infra.token.Role.VIEWER;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Date;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.security.converter.RsaKeyConverters;

class TestTokensTest {

    @Test
    void mintsATokenThatThePublicKeyFileVerifiesWithTheClaimsAsked() throws Exception {
        SignedJWT jwt = SignedJWT.parse(TestTokens.as(FUNDING_OFFICER, VIEWER).side("JP").agency("JST").token());

        assertThat(jwt.verify(verifierFromThePublicKeyFile())).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getStringListClaim("roles")).containsExactly("FUNDING_OFFICER", "VIEWER");
        assertThat(claims.getStringClaim("side")).isEqualTo("JP");
        assertThat(claims.getStringClaim("agency")).isEqualTo("JST");
        assertThat(claims.getSubject()).isEqualTo("funding-officer-jp");
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:9000");
        assertThat(claims.getAudience()).containsExactly("coop-suite");
    }

    @Test
    void usesOneKeyPairAndOneFileForTheWholeJvm() throws Exception {
        String first = TestTokens.as(SECRETARIAT).side("EU").subject("alice").token();
        String second = TestTokens.as(VIEWER).side("JP").subject("kenji").token();

        assertThat(TestTokens.publicKeyFile()).isSameAs(TestTokens.publicKeyFile());
        assertThat(SignedJWT.parse(first).verify(verifierFromThePublicKeyFile())).isTrue();
        assertThat(SignedJWT.parse(second).verify(verifierFromThePublicKeyFile())).isTrue();
    }

    @Test
    void givesTheAuthorizationHeaderValue() {
        assertThat(TestTokens.bearer("abc.def.ghi")).isEqualTo("Bearer abc.def.ghi");
        assertThat(TestTokens.as(VIEWER).side("EU").bearer()).startsWith("Bearer ey");
    }

    @Test
    void refusesATokenWithoutSide() {
        assertThatIllegalArgumentException().isThrownBy(() -> TestTokens.as(VIEWER).token())
                .withMessage("A token needs a side");
    }

    @Test
    void signsClaimsTheBuilderRefuses() throws Exception {
        Date anHourAgo = Date.from(new Date().toInstant().minus(Duration.ofHours(1)));
        String expired = TestTokens.signed(new JWTClaimsSet.Builder().subject("late").expirationTime(anHourAgo).build());

        SignedJWT jwt = SignedJWT.parse(expired);
        assertThat(jwt.verify(verifierFromThePublicKeyFile())).isTrue();
        assertThat(jwt.getJWTClaimsSet().getClaims()).doesNotContainKey("side");
    }

    @Test
    void locatesThePublicKeyAsAFileUrl() {
        assertThat(TestTokens.publicKeyLocation()).startsWith("file:").endsWith(".pem");
    }

    // Read as a service reads public-key-location, not with the code that wrote the file.
    private static RSASSAVerifier verifierFromThePublicKeyFile() throws Exception {
        try (InputStream pem = Files.newInputStream(TestTokens.publicKeyFile())) {
            return new RSASSAVerifier(RsaKeyConverters.x509().convert(pem));
        }
    }
}
