package org.coopsuite.tools.dlq;

import java.util.LinkedHashMap;
import java.util.Map;

import org.coopsuite.tools.suite.SuiteOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every {@code dlq} command takes: where the services answer and as whom (the
 * operator commands' {@link SuiteOptions}), and {@code --json}.
 */
public final class ServiceOptions {

    @Mixin
    SuiteOptions suite = new SuiteOptions();

    @Option(names = "--json", description = "JSON (one object a line) instead of a table.")
    boolean json;

    /**
     * The services to ask, by name, in the suite's order, with their API's URL.
     *
     * @param only a service's name ({@code call-service} or {@code call}), or null for all three
     * @throws IllegalArgumentException for a name that is none of them
     */
    Map<String, String> services(String only) {
        Map<String, String> all = new LinkedHashMap<>();
        suite.services().forEach(service -> all.put(service.name(), service.apiUrl()));
        if (only == null) {
            return all;
        }
        String name = only.endsWith("-service") ? only : only + "-service";
        if (!all.containsKey(name)) {
            throw new IllegalArgumentException("no service '" + only + "': " + String.join(", ", all.keySet()));
        }
        return Map.of(name, all.get(name));
    }

    /** The token given, or a fresh OPERATOR one from the local stack's key. */
    String token() {
        SuiteOptions.Bearer bearer = suite.bearer();
        return bearer.token().orElseThrow(() -> new IllegalStateException(bearer.missing()));
    }
}
