package org.coopsuite.infra;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;

import org.coopsuite.infra.token.JwtKeys;
import org.coopsuite.infra.token.TokenMinter;

/**
 * The exec jar's {@code token} command: mints a token signed with the local stack's key and
 * prints only the token on standard output, so that {@code TOKEN=$(./coop token ...)} works.
 * Problems go to standard error as one line. It returns an exit code instead of exiting.
 */
public final class TokenCommand {

    /** The first argument that selects this command. */
    public static final String NAME = "token";
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private TokenCommand() {
    }

    /** Mints the token the arguments (those after {@value #NAME}) describe. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Clock.systemUTC());
    }

    static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        if (Arrays.asList(args).contains("--help")) {
            err.println("java -jar infra-<version>-exec.jar " + TokenOptions.USAGE);
            return OK;
        }
        TokenOptions options;
        try {
            options = TokenOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "; --help lists the options");
            return USAGE;
        }
        try {
            JwtKeys keys = JwtKeys.load(options.dataDir());
            out.println(new TokenMinter(keys, clock).mint(options.request()));
            return OK;
        } catch (IllegalStateException | UncheckedIOException e) {
            err.println(e.getMessage());
            return FAILED;
        }
    }
}
