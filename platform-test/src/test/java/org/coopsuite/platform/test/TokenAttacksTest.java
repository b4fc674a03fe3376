package org.coopsuite.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.coopsuite.platform.test.TokenAttacks.Attack;
import org.junit.jupiter.api.Test;

class TokenAttacksTest {

    private final TokenAttacks officer = TokenAttacks.of("EU", "REA", "FUNDING_OFFICER");

    @Test
    void theGoodTokenIsTheBearersAsTheLocalAuthorizationServerIssuesIt() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(officer.good()).getJWTClaimsSet();

        assertThat(claims.getStringListClaim("roles")).containsExactly("FUNDING_OFFICER");
        assertThat(claims.getStringClaim("side")).isEqualTo("EU");
        assertThat(claims.getStringClaim("agency")).isEqualTo("REA");
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:9000");
        assertThat(claims.getAudience()).containsExactly("coop-suite");
        assertThat(claims.getSubject()).isEqualTo("funding-officer-eu");
    }

    @Test
    void eachAttackIsAnotherTokenWithANameOfItsOwn() {
        assertThat(officer.refused()).hasSize(21).extracting(Attack::name).doesNotHaveDuplicates();
        assertThat(officer.refused()).extracting(Attack::token).filteredOn(Objects::nonNull)
                .doesNotHaveDuplicates().doesNotContain(officer.good());
        assertThat(officer.refused()).filteredOn(attack -> attack.status() == 401).hasSize(13)
                .allSatisfy(attack -> assertThat(attack.names()).as(attack.name()).isNotBlank());
        assertThat(officer.refused()).filteredOn(attack -> attack.status() == 403).hasSize(8);
    }

    @Test
    void theExpiredTokenWasIssuedBeforeItExpired() throws Exception {
        // One that expires before its iat is refused as malformed, and would pass for expired.
        Attack expired = officer.refused().stream().filter(attack -> attack.name().equals("expired")).findFirst().orElseThrow();
        JWTClaimsSet claims = SignedJWT.parse(expired.token()).getJWTClaimsSet();

        assertThat(claims.getIssueTime()).isBefore(claims.getExpirationTime());
        assertThat(claims.getExpirationTime()).isInThePast();
    }
}
