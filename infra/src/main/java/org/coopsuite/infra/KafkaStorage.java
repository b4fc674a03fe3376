package org.coopsuite.infra;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;

/** Formats a KRaft log directory the first time only, so a restart keeps every topic and record. */
final class KafkaStorage {

    private KafkaStorage() {
    }

    /** Formats {@code dataDir} unless it already holds a {@code meta.properties}; true if it formatted. */
    static boolean formatIfNeeded(Path dataDir) {
        if (Files.exists(dataDir.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME))) {
            return false;
        }
        String dir = dataDir.toAbsolutePath().toString();
        try {
            new Formatter()
                    // The formatter narrates to stdout; the caller logs one line instead.
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(KafkaBrokerSettings.NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(KafkaBrokerSettings.CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(dir)
                    .addDirectory(dir)
                    .run();
            return true;
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka storage in " + dir + ": " + e.getMessage(), e);
        }
    }
}
