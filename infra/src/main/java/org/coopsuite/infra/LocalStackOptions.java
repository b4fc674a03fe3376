package org.coopsuite.infra;

import java.nio.file.Path;

/**
 * Where the local stack listens and keeps its data. From a shell, {@link LocalStackCommand} reads
 * each from an option, else a system property, else its default.
 *
 * @param kafkaPort           {@code --kafka-port} / {@code coop.kafka.port}, default 9092
 * @param kafkaControllerPort {@code --kafka-controller-port} / {@code coop.kafka.controller-port}, default 9093
 * @param mongoPort           {@code --mongo-port} / {@code coop.mongo.port}, default 27017
 * @param dataDir             {@code --data-dir} / {@code coop.data-dir}, default {@code var}
 */
public record LocalStackOptions(int kafkaPort, int kafkaControllerPort, int mongoPort, Path dataDir) {

    /** Kafka's data directory: {@code <dataDir>/kafka}. */
    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    /** MongoDB's data directory: {@code <dataDir>/mongo}. */
    public Path mongoDir() {
        return dataDir.resolve("mongo");
    }
}
