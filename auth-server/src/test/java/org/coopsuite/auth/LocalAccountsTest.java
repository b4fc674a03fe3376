package org.coopsuite.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LocalAccountsTest {

    private final LocalAccounts accounts = new LocalAccounts(
            Map.of("funding-officer-jst", new LocalAccounts.User("coop", List.of("FUNDING_OFFICER"), "JP", "JST")),
            Map.of("coop-operator-tools", new LocalAccounts.Claims(List.of("OPERATOR"), "EU", null)), "coop-suite", null);

    @Test
    void findsAUsersClaimsByName() {
        assertThat(accounts.claimsOf("funding-officer-jst"))
                .contains(new LocalAccounts.Claims(List.of("FUNDING_OFFICER"), "JP", "JST"));
    }

    @Test
    void findsAMachinesClaimsByClientId() {
        assertThat(accounts.claimsOf("coop-operator-tools")).contains(new LocalAccounts.Claims(List.of("OPERATOR"), "EU", null));
    }

    @Test
    void hasNoClaimsForAnUnknownName() {
        assertThat(accounts.claimsOf("mallory")).isEmpty();
    }
}
