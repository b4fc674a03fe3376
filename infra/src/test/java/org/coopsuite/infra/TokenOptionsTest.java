package org.coopsuite.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.coopsuite.infra.token.Role;
import org.coopsuite.infra.token.TokenRequest;
import org.junit.jupiter.api.Test;

class TokenOptionsTest {

    @Test
    void readsEveryOption() {
        TokenOptions options = TokenOptions.parse("--role", "funding_officer", "--role", "VIEWER", "--side", "jp",
                "--agency", "jst", "--subject", "kenji", "--ttl", "30m", "--data-dir", "/tmp/coop");

        assertThat(options.request()).isEqualTo(new TokenRequest("kenji",
                Set.of(Role.FUNDING_OFFICER, Role.VIEWER), "JP", "JST", Duration.ofMinutes(30)));
        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/coop"));
    }

    @Test
    void defaultsToEightHoursInVarForASubjectNamedAfterRoleAndSide() {
        TokenOptions options = TokenOptions.parse("--role", "PROGRAMME_OFFICER", "--side", "EU");

        assertThat(options.request().ttl()).isEqualTo(Duration.ofHours(8));
        assertThat(options.request().subject()).isEqualTo("programme-officer-eu");
        assertThat(options.request().agency()).isNull();
        assertThat(options.dataDir()).isEqualTo(Path.of("var"));
    }

    @Test
    void readsTimesToLiveInSecondsMinutesHoursAndDays() {
        assertThat(TokenOptions.ttl("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(TokenOptions.ttl("2d")).isEqualTo(Duration.ofDays(2));
        assertThatIllegalArgumentException().isThrownBy(() -> TokenOptions.ttl("0h"));
        assertThatIllegalArgumentException().isThrownBy(() -> TokenOptions.ttl("PT8H"))
                .withMessageStartingWith("Not a time to live for --ttl: PT8H");
    }

    @Test
    void requiresAnAgencyForAFundingOfficer() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TokenOptions.parse("--role", "FUNDING_OFFICER", "--side", "JP"))
                .withMessage("A FUNDING_OFFICER needs --agency (e.g. --agency JST)");
    }

    @Test
    void requiresARole() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TokenOptions.parse("--side", "EU"))
                .withMessageStartingWith("Missing --role");
    }

    @Test
    void rejectsAnOptionWithoutValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TokenOptions.parse("--role", "VIEWER", "--side", "--agency", "JST"))
                .withMessage("Option --side needs a value");
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TokenOptions.parse("--role", "VIEWER", "--side", "EU", "--scope", "all"))
                .withMessage("Unknown option --scope");
    }
}
