package org.coopsuite.chaos;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopsuite.cli.CommandLines;
import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.ServiceProcess;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.tools.audit.AuditCommand;
import picocli.CommandLine;

/** {@code ./coop audit --wait} against the run's suite, as an operator runs it: its printout and its violations. */
final class SuiteAudit {

    private static final Pattern VIOLATIONS = Pattern.compile("; (\\d+) violations");

    /** What the audit printed and how many violations it counted (one when it could not audit at all). */
    record Outcome(String printed, int violations) {
    }

    private SuiteAudit() {
    }

    static Outcome run(Suite suite, Duration wait) {
        List<String> args = new ArrayList<>(List.of("--wait", wait.toSeconds() + "s",
                "--bootstrap-servers", suite.bootstrapServers(),
                "--token", TestTokens.as(Role.OPERATOR).side("EU").token()));
        for (ServiceProcess service : suite.services()) {
            args.addAll(List.of("--" + service.name() + "-url", suite.url(service.name()),
                    "--" + service.name() + "-management-url", "http://127.0.0.1:" + service.managementPort()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream printed = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = CommandLines.execute(new CommandLine(new AuditCommand(printed, Map.of())), printed,
                new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
        String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        return new Outcome(text, violations(text, code));
    }

    /** The count the audit's last line gives; one when it exited without a count (it could not read the topics). */
    static int violations(String printed, int code) {
        Matcher matcher = VIOLATIONS.matcher(printed);
        int count = -1;
        while (matcher.find()) {
            count = Integer.parseInt(matcher.group(1));
        }
        if (count < 0) {
            return 1;
        }
        return code == CommandLines.OK ? count : Math.max(count, 1);
    }
}
