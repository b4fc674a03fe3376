package org.coopsuite.tools.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How every command that reads Kafka reaches it: {@code --bootstrap-servers} and, for a secured
 * cluster (SASL, TLS), {@code --command-config}, a Kafka client properties file as Kafka's own
 * command-line tools take it ({@code security.protocol}, {@code sasl.jaas.config},
 * {@code ssl.truststore.location}, ...). A picocli mixin: {@code @Mixin KafkaOptions kafka}.
 */
public final class KafkaOptions {

    /** Environment variable naming Kafka's bootstrap servers when neither the option nor the file does. */
    public static final String BOOTSTRAP_ENV = "COOP_KAFKA_BOOTSTRAP_SERVERS";

    /** The local stack's broker. */
    public static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";

    @Option(names = "--bootstrap-servers", paramLabel = "<host:port>",
            description = "Kafka, one or more host:port, comma-separated. Default: the --command-config file's "
                    + "bootstrap.servers, else $" + BOOTSTRAP_ENV + ", else " + DEFAULT_BOOTSTRAP_SERVERS + ".")
    String bootstrapServers;

    @Option(names = "--command-config", paramLabel = "<file>",
            description = "A Kafka client properties file (security.protocol, sasl.*, ssl.*, ...), as Kafka's own "
                    + "tools take it; merged into this command's client configuration.")
    Path commandConfig;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** The servers to bootstrap from: the option, else the file's, else the environment's, else the local stack's. */
    public String bootstrapServers(Map<String, String> env) {
        if (bootstrapServers != null && !bootstrapServers.isBlank()) {
            return bootstrapServers;
        }
        String fromFile = fileProperties().get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        if (fromFile != null && !fromFile.isBlank()) {
            return fromFile;
        }
        return env.getOrDefault(BOOTSTRAP_ENV, DEFAULT_BOOTSTRAP_SERVERS);
    }

    /**
     * The {@code --command-config} file's properties, in file order; empty without the option.
     *
     * @throws ParameterException if the file cannot be read
     */
    public Map<String, String> fileProperties() {
        if (commandConfig == null) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(commandConfig)) {
            properties.load(in);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "Cannot read the --command-config file " + commandConfig
                    + ": " + e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(name -> values.put(name, properties.getProperty(name)));
        return values;
    }

    /**
     * A client configuration: the command's {@code defaults}, then the file's properties over
     * them, then the command's {@code required} settings (what it cannot work without: no auto
     * commit, no topic creation), then the bootstrap servers.
     */
    public Map<String, Object> clientConfig(Map<String, String> env, Map<String, Object> defaults,
            Map<String, Object> required) {
        return merge(defaults, fileProperties(), required, bootstrapServers(env));
    }

    /** The merge of {@link #clientConfig}, with the parts given. */
    public static Map<String, Object> merge(Map<String, Object> defaults, Map<String, String> file,
            Map<String, Object> required, String bootstrapServers) {
        Map<String, Object> config = new LinkedHashMap<>(defaults);
        config.putAll(file);
        config.putAll(required);
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return config;
    }
}
