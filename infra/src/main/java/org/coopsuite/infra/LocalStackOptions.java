package org.coopsuite.infra;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Properties;

/**
 * Where the local stack listens and keeps its data. Each option comes from a command-line
 * argument, else a system property, else its default.
 *
 * @param kafkaPort           {@code --kafka-port} / {@code coop.kafka.port}, default 9092
 * @param kafkaControllerPort {@code --kafka-controller-port} / {@code coop.kafka.controller-port}, default 9093
 * @param mongoPort           {@code --mongo-port} / {@code coop.mongo.port}, default 27017
 * @param dataDir             {@code --data-dir} / {@code coop.data-dir}, default {@code var}
 */
public record LocalStackOptions(int kafkaPort, int kafkaControllerPort, int mongoPort, Path dataDir) {

    static final String USAGE = "options: --kafka-port <port> --kafka-controller-port <port>"
            + " --mongo-port <port> --data-dir <dir> (or -Dcoop.kafka.port, -Dcoop.kafka.controller-port,"
            + " -Dcoop.mongo.port, -Dcoop.data-dir)";

    /** Kafka's data directory: {@code <dataDir>/kafka}. */
    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    /** MongoDB's data directory: {@code <dataDir>/mongo}. */
    public Path mongoDir() {
        return dataDir.resolve("mongo");
    }

    /**
     * Reads the options from {@code args} over {@code systemProperties} over the defaults.
     *
     * @throws IllegalArgumentException naming an unknown option or a bad value
     */
    public static LocalStackOptions parse(String[] args, Properties systemProperties) {
        Properties values = new Properties();
        values.setProperty("coop.kafka.port", String.valueOf(LocalKafkaBroker.DEFAULT_PORT));
        values.setProperty("coop.kafka.controller-port", String.valueOf(LocalKafkaBroker.DEFAULT_CONTROLLER_PORT));
        values.setProperty("coop.mongo.port", String.valueOf(LocalMongoServer.DEFAULT_PORT));
        values.setProperty("coop.data-dir", "var");
        systemProperties.stringPropertyNames().stream()
                .filter(values::containsKey)
                .forEach(name -> values.setProperty(name, systemProperties.getProperty(name)));
        readArguments(args, values);
        return new LocalStackOptions(
                port(values, "coop.kafka.port"),
                port(values, "coop.kafka.controller-port"),
                port(values, "coop.mongo.port"),
                Path.of(values.getProperty("coop.data-dir")));
    }

    private static void readArguments(String[] args, Properties values) {
        Deque<String> remaining = new ArrayDeque<>(Arrays.asList(args));
        while (!remaining.isEmpty()) {
            String option = remaining.pop();
            String property = "coop." + option.replaceFirst("^--", "").replaceFirst("^(kafka|mongo)-", "$1.");
            if (!option.startsWith("--") || !values.containsKey(property)) {
                throw new IllegalArgumentException("Unknown option " + option);
            }
            if (remaining.isEmpty()) {
                throw new IllegalArgumentException("Option " + option + " needs a value");
            }
            values.setProperty(property, remaining.pop());
        }
    }

    private static int port(Properties values, String name) {
        String value = values.getProperty(name);
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a port for " + name + ": " + value);
        }
    }
}
