package org.coopsuite.infra;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The configuration of the single-node KRaft broker of the local stack. */
final class KafkaBrokerSettings {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    private KafkaBrokerSettings() {
    }

    static Map<String, String> of(Path dataDir, int port, int controllerPort) {
        Map<String, String> settings = new HashMap<>();
        settings.putAll(kraft(controllerPort));
        settings.putAll(listeners(port, controllerPort));
        settings.putAll(singleNode());
        settings.putAll(smallFootprint());
        settings.put("log.dirs", dataDir.toAbsolutePath().toString());
        return settings;
    }

    // A static voter set (kraft.version 0) keeps the quorum in the configuration, not in the
    // metadata log, so the controller port may change between restarts on the same data dir.
    private static Map<String, String> kraft(int controllerPort) {
        return Map.of(
                "process.roles", "broker,controller",
                "node.id", String.valueOf(NODE_ID),
                "controller.quorum.voters", NODE_ID + "@" + Ports.HOST + ":" + controllerPort,
                "controller.listener.names", CONTROLLER_LISTENER);
    }

    private static Map<String, String> listeners(int port, int controllerPort) {
        return Map.of(
                "listeners", "PLAINTEXT://" + Ports.HOST + ":" + port
                        + "," + CONTROLLER_LISTENER + "://" + Ports.HOST + ":" + controllerPort,
                "advertised.listeners", "PLAINTEXT://localhost:" + port,
                "listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT",
                "inter.broker.listener.name", "PLAINTEXT");
    }

    // One node: every internal topic has exactly one replica.
    private static Map<String, String> singleNode() {
        return Map.of(
                "default.replication.factor", "1",
                "offsets.topic.replication.factor", "1",
                "transaction.state.log.replication.factor", "1",
                "transaction.state.log.min.isr", "1",
                "share.coordinator.state.topic.replication.factor", "1",
                "share.coordinator.state.topic.min.isr", "1");
    }

    private static Map<String, String> smallFootprint() {
        return Map.of(
                "num.partitions", String.valueOf(EventTopics.PARTITIONS),
                // 50 offsets partitions by default: slow to create on the first consumer group.
                "offsets.topic.num.partitions", "6",
                // The 5 ms default adds about 6 ms to every offset commit.
                "group.coordinator.append.linger.ms", "0",
                // No other members to wait for on a dev box; the 3 s default delays every first join.
                "group.initial.rebalance.delay.ms", "0",
                // 128 MB by default for compacting __consumer_offsets; far more than a dev box needs.
                "log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024),
                "num.network.threads", "2",
                "num.io.threads", "4");
    }
}
