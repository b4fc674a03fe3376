package org.coopsuite.infra.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TokenRequestTest {

    @Test
    void listsTheRolesInDeclarationOrderOnce() {
        TokenRequest request = TokenRequest.of("alice", "EU", null, Role.VIEWER, Role.SECRETARIAT, Role.VIEWER);

        assertThat(request.roleNames()).containsExactly("SECRETARIAT", "VIEWER");
    }

    @Test
    void refusesATokenWithoutRoles() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TokenRequest("alice", Set.of(), "EU", null, Duration.ofHours(1)))
                .withMessage("A token needs at least one role");
    }

    @Test
    void refusesATokenWithoutSide() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TokenRequest.of("alice", " ", null, Role.VIEWER))
                .withMessage("A token needs a side");
    }

    @Test
    void refusesATokenThatIsBornExpired() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TokenRequest("alice", Set.of(Role.VIEWER), "EU", null, Duration.ZERO));
    }

    @Test
    void namesRolesIgnoringCaseAndListsTheKnownOnesForAnUnknownOne() {
        assertThat(Role.named("programme_officer")).isEqualTo(Role.PROGRAMME_OFFICER);
        assertThatIllegalArgumentException().isThrownBy(() -> Role.named("SECRETARY"))
                .withMessageStartingWith("Unknown role SECRETARY; roles: SECRETARIAT, PROGRAMME_OFFICER,");
    }
}
