package org.coopsuite.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.coopsuite.cli.CommandLines;
import org.coopsuite.infra.token.Role;
import org.coopsuite.infra.token.TokenMinter;
import org.coopsuite.infra.token.TokenRequest;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The token command's options, read through picocli as the exec jar reads them. */
class TokenCommandOptionsTest {

    @Test
    void readsEveryOption() {
        TokenCommand command = parse("--role", "funding_officer", "--role", "VIEWER", "--side", "jp",
                "--agency", "jst", "--subject", "kenji", "--ttl", "30m", "--data-dir", "/tmp/coop");

        assertThat(command.request()).isEqualTo(new TokenRequest("kenji",
                Set.of(Role.FUNDING_OFFICER, Role.VIEWER), "JP", "JST", Duration.ofMinutes(30)));
        assertThat(command.dataDir).isEqualTo(Path.of("/tmp/coop"));
    }

    @Test
    void defaultsToEightHoursInVarForASubjectNamedAfterRoleAndSide() {
        TokenCommand command = parse("--role", "PROGRAMME_OFFICER", "--side", "EU");

        assertThat(command.request().ttl()).isEqualTo(TokenMinter.DEFAULT_TTL).isEqualTo(Duration.ofHours(8));
        assertThat(command.request().subject()).isEqualTo("programme-officer-eu");
        assertThat(command.request().agency()).isNull();
        assertThat(command.dataDir).isEqualTo(Path.of("var"));
    }

    @Test
    void namesTheDefaultSubjectAfterTheFirstRoleInDeclarationOrder() {
        assertThat(parse("--role", "VIEWER", "--role", "SECRETARIAT", "--side", "EU").request().subject())
                .isEqualTo("secretariat-eu");
    }

    @Test
    void readsTimesToLiveWithTheSuitesOneDurationSyntax() {
        assertThat(ttl("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(ttl("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(ttl("PT8H")).isEqualTo(Duration.ofHours(8));
        assertThatThrownBy(() -> ttl("0h")).isInstanceOf(ParameterException.class)
                .hasMessageStartingWith("Invalid value for option '--ttl': '0h' is not a positive duration");
        assertThatThrownBy(() -> ttl("8 hours")).isInstanceOf(ParameterException.class)
                .hasMessageStartingWith("Invalid value for option '--ttl': '8 hours' is not a positive duration");
    }

    @Test
    void requiresAnAgencyForAFundingOfficer() {
        assertThatThrownBy(() -> parse("--role", "FUNDING_OFFICER", "--side", "JP").request())
                .isInstanceOf(ParameterException.class)
                .hasMessage("A FUNDING_OFFICER needs --agency (e.g. --agency JST)");
    }

    @Test
    void requiresARoleAndASide() {
        assertThatThrownBy(() -> parse("--side", "EU"))
                .isInstanceOf(ParameterException.class)
                .hasMessage("Missing required option: '--role=<role>'");
        assertThatThrownBy(() -> parse("--role", "VIEWER"))
                .hasMessage("Missing required option: '--side=<side>'");
    }

    @Test
    void rejectsAnUnknownRoleListingTheKnownOnes() {
        assertThatThrownBy(() -> parse("--role", "SECRETARY", "--side", "EU"))
                .isInstanceOf(ParameterException.class)
                .hasMessageStartingWith("Invalid value for option '--role' (<role>): expected one of [SECRETARIAT, PROGRAMME_OFFICER,")
                .hasMessageContaining("but was 'SECRETARY'");
    }

    @Test
    void rejectsAnOptionWithoutValue() {
        assertThatThrownBy(() -> parse("--role", "VIEWER", "--side", "--agency", "JST"))
                .isInstanceOf(ParameterException.class)
                .hasMessage("Expected parameter for option '--side' but found '--agency'");
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThatThrownBy(() -> parse("--role", "VIEWER", "--side", "EU", "--scope", "all"))
                .isInstanceOf(ParameterException.class)
                .hasMessage("Unknown options: '--scope', 'all'");
    }

    private static Duration ttl(String value) {
        return parse("--role", "VIEWER", "--side", "EU", "--ttl", value).ttl;
    }

    private static TokenCommand parse(String... args) {
        TokenCommand command = new TokenCommand(Clock.systemUTC());
        CommandLines.configure(new CommandLine(command), System.out, System.err).parseArgs(args);
        return command;
    }
}
