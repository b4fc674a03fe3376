package org.coopsuite.infra;

import java.util.Map;
import java.util.Properties;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The local stack's options from system properties ({@code java -Dcoop.mongo.port=27018 -jar ...}):
 * a property given wins over the option's default, an option given wins over both.
 */
final class SystemPropertyDefaults implements IDefaultValueProvider {

    /** Each option's system property. */
    static final Map<String, String> PROPERTIES = Map.of(
            "--kafka-port", "coop.kafka.port",
            "--kafka-controller-port", "coop.kafka.controller-port",
            "--mongo-port", "coop.mongo.port",
            "--data-dir", "coop.data-dir");

    private final Properties systemProperties;

    SystemPropertyDefaults(Properties systemProperties) {
        this.systemProperties = systemProperties;
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option) || !PROPERTIES.containsKey(option.longestName())) {
            return null;
        }
        return systemProperties.getProperty(PROPERTIES.get(option.longestName()));
    }
}
