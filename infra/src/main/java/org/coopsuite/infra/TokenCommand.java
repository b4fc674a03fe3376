package org.coopsuite.infra;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.coopsuite.cli.CommandLines;
import org.coopsuite.cli.CoopVersion;
import org.coopsuite.infra.token.JwtKeys;
import org.coopsuite.infra.token.Role;
import org.coopsuite.infra.token.TokenMinter;
import org.coopsuite.infra.token.TokenRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The exec jar's {@code token} command: mints a token signed with the local stack's key and
 * prints only the token on standard output, so that {@code TOKEN=$(./coop token ...)} works.
 * A bad option gets its message and the usage on standard error (exit code 2); no keys, one
 * line there (exit code 1). It returns an exit code instead of exiting.
 */
@Command(name = TokenCommand.NAME, mixinStandardHelpOptions = true, versionProvider = CoopVersion.class,
        sortOptions = false, description = "Prints a token signed with the local stack's key (start the stack once first).")
final class TokenCommand implements Callable<Integer> {

    /** The subcommand's name. */
    static final String NAME = "token";
    static final int OK = CommandLines.OK;
    static final int FAILED = CommandLines.FAILED;
    static final int USAGE = CommandLines.USAGE;

    @Option(names = "--role", required = true, paramLabel = "<role>",
            description = "One of ${COMPLETION-CANDIDATES} (any case); repeat for several.")
    Set<Role> roles;

    @Option(names = "--side", required = true, paramLabel = "<side>", description = "The bearer's side, e.g. EU or JP.")
    String side;

    @Option(names = "--agency", paramLabel = "<agency>", description = "The bearer's agency, e.g. JST; a FUNDING_OFFICER needs one.")
    String agency;

    @Option(names = "--subject", paramLabel = "<name>", description = "The sub claim. Default: role and side, e.g. secretariat-eu.")
    String subject;

    @Option(names = "--ttl", defaultValue = "8h", paramLabel = "<duration>",
            description = "How long the token lives: 90s, 30m, 8h, 2d, PT8H. Default: ${DEFAULT-VALUE}.")
    Duration ttl;

    @Option(names = "--data-dir", defaultValue = "var", paramLabel = "<dir>",
            description = "The local stack's data directory, whose keys/ holds the signing key. Default: ${DEFAULT-VALUE}.")
    Path dataDir;

    @Spec
    CommandSpec spec;

    private final Clock clock;

    TokenCommand(Clock clock) {
        this.clock = clock;
    }

    /** Mints the token the arguments (those after {@value #NAME}) describe. */
    static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        return CommandLines.execute(new CommandLine(new TokenCommand(clock)), out, err, args);
    }

    @Override
    public Integer call() {
        TokenRequest request = request();
        try {
            String token = new TokenMinter(JwtKeys.load(dataDir), clock).mint(request);
            spec.commandLine().getOut().println(token);
            return OK;
        } catch (IllegalStateException | UncheckedIOException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return FAILED;
        }
    }

    /**
     * What to mint: sides and agencies upper-cased ("eu" would mint a token that matches nothing).
     *
     * @throws ParameterException for a FUNDING_OFFICER without an agency
     */
    TokenRequest request() {
        // The services would refuse every commitment of such a token: better to say so now.
        if (roles.contains(Role.FUNDING_OFFICER) && agency == null) {
            throw new ParameterException(spec.commandLine(), "A FUNDING_OFFICER needs --agency (e.g. --agency JST)");
        }
        String sideCode = side.toUpperCase(Locale.ROOT);
        return new TokenRequest(subject == null ? defaultSubject(sideCode) : subject, roles, sideCode,
                agency == null ? null : agency.toUpperCase(Locale.ROOT), ttl);
    }

    // Says who the bearer stands for in logs and recorded events: "funding-officer-jp".
    private String defaultSubject(String sideCode) {
        String role = roles.stream().sorted().findFirst().orElseThrow().name().replace('_', '-');
        return (role + "-" + sideCode).toLowerCase(Locale.ROOT);
    }
}
