package org.coopsuite.platform.test;

import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/** Which servers to start, and why: from the {@value TestInfrastructure#MODE_PROPERTY} property. */
record InfrastructureChoice(String mode, String reason) {

    static final String AUTO = "auto";
    static final String CONTAINERS = "containers";
    static final String EMBEDDED = "embedded";

    static InfrastructureChoice fromSystemProperty() {
        return choose(System.getProperty(TestInfrastructure.MODE_PROPERTY, AUTO), InfrastructureChoice::dockerAnswers);
    }

    private static boolean dockerAnswers() {
        long started = System.nanoTime();
        boolean available = DockerClientFactory.instance().isDockerAvailable();
        LoggerFactory.getLogger(InfrastructureChoice.class).info("Docker engine {} (asked in {} ms)",
                available ? "answers" : "does not answer", Duration.ofNanos(System.nanoTime() - started).toMillis());
        return available;
    }

    static InfrastructureChoice choose(String requested, BooleanSupplier dockerAvailable) {
        String mode = requested.trim().toLowerCase(Locale.ROOT);
        String forced = "forced by -D" + TestInfrastructure.MODE_PROPERTY + "=" + mode;
        return switch (mode) {
            case CONTAINERS -> new InfrastructureChoice(CONTAINERS, forced);
            case EMBEDDED -> new InfrastructureChoice(EMBEDDED, forced);
            case AUTO -> dockerAvailable.getAsBoolean()
                    ? new InfrastructureChoice(CONTAINERS, "a Docker engine answers")
                    : new InfrastructureChoice(EMBEDDED, "no Docker engine answers");
            default -> throw new IllegalArgumentException(TestInfrastructure.MODE_PROPERTY + " must be "
                    + AUTO + ", " + CONTAINERS + " or " + EMBEDDED + ", not " + requested);
        };
    }

    Servers start() {
        return CONTAINERS.equals(mode) ? ContainerServers.start() : EmbeddedServers.start();
    }
}
