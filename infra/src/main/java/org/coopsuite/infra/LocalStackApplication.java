package org.coopsuite.infra;

/**
 * Entry point of the local stack's executable jar: {@code java -jar infra-<version>-exec.jar
 * [--kafka-port 9092] [--kafka-controller-port 9093] [--mongo-port 27017] [--data-dir var]}
 * runs the stack; {@code java -jar infra-<version>-exec.jar token --role SECRETARIAT --side EU ...}
 * prints a token signed with its key (see {@link TokenCommand}); {@code --help} on either says more.
 */
public final class LocalStackApplication {

    // A name of its own, not logback.xml: this jar is also a library on other classpaths.
    private static final String LOGGING_CONFIG = "coop-local-stack-logback.xml";

    private LocalStackApplication() {
    }

    /** Runs the local stack in the foreground, or the subcommand named first; exits non-zero on failure. */
    public static void main(String[] args) {
        // Set before the first logger exists, hence no logger field in this class.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGGING_CONFIG);
        }
        int code = LocalStackCommand.run(args, System.getProperties(), System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }
}
