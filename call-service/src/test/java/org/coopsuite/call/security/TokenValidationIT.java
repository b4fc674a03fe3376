package org.coopsuite.call.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.coopsuite.platform.test.RawHttp;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.platform.test.TokenAttacks;
import org.coopsuite.platform.test.TokenAttacks.Attack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 26's token attacks ({@link TokenAttacks}, shared by the three services) against
 * call-service's list of calls: each a 401 or a 403 with a problem body, none a 5xx (a 401 naming
 * the check that refused it).
 */
@ServiceIntegrationTest
class TokenValidationIT {

    private static final TokenAttacks VIEWER = TokenAttacks.of("EU", null, "VIEWER");

    @LocalServerPort
    int port;

    static List<Attack> refusedTokens() {
        return VIEWER.refused();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void refusesTheTokenWithAProblem(Attack attack) {
        TokenAttacks.assertRefused(attack, list(attack.token()));
    }

    @Test
    void acceptsAWellFormedToken() {
        assertThat(list(VIEWER.good()).status()).isEqualTo(200);
        assertThat(list(TokenAttacks.of("EU", "REA", "FUNDING_OFFICER").good()).status()).isEqualTo(200);
    }

    @Test
    void acceptsATokenJustExpiredWithinTheClockSkew() {
        RawHttp.Answer answer = list(VIEWER.justExpiredWithinTheClockSkew());

        assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    }

    private RawHttp.Answer list(String token) {
        return RawHttp.send(port, RawHttp.Request.of("GET", "/api/calls").withHeader("Authorization", TestTokens.bearer(token)));
    }
}
