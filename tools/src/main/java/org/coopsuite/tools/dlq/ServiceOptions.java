package org.coopsuite.tools.dlq;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.coopsuite.infra.token.JwtKeys;
import org.coopsuite.infra.token.Role;
import org.coopsuite.infra.token.TokenMinter;
import org.coopsuite.infra.token.TokenRequest;
import picocli.CommandLine.Option;

/** Where the services answer, and as whom: the options every {@code dlq} command takes. */
public final class ServiceOptions {

    static final String CALL = "call-service";
    static final String FUNDING = "funding-service";
    static final String DIALOGUE = "dialogue-service";

    @Option(names = "--call-service-url", defaultValue = "http://localhost:8081", paramLabel = "<url>",
            description = "call-service. Default: ${DEFAULT-VALUE}.")
    String callUrl;

    @Option(names = "--funding-service-url", defaultValue = "http://localhost:8082", paramLabel = "<url>",
            description = "funding-service. Default: ${DEFAULT-VALUE}.")
    String fundingUrl;

    @Option(names = "--dialogue-service-url", defaultValue = "http://localhost:8083", paramLabel = "<url>",
            description = "dialogue-service. Default: ${DEFAULT-VALUE}.")
    String dialogueUrl;

    @Option(names = "--token", paramLabel = "<jwt>",
            description = "An OPERATOR token. Default: one signed with the local stack's key under --data-dir.")
    String token;

    @Option(names = "--data-dir", defaultValue = "var", paramLabel = "<dir>",
            description = "The local stack's data directory, whose keys/ signs the default token. Default: ${DEFAULT-VALUE}.")
    Path dataDir;

    @Option(names = "--json", description = "JSON (one object a line) instead of a table.")
    boolean json;

    /**
     * The services to ask, by name, in the suite's order.
     *
     * @param only a service's name ({@code call-service} or {@code call}), or null for all three
     * @throws IllegalArgumentException for a name that is none of them
     */
    Map<String, String> services(String only) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(CALL, strip(callUrl));
        all.put(FUNDING, strip(fundingUrl));
        all.put(DIALOGUE, strip(dialogueUrl));
        if (only == null) {
            return all;
        }
        String name = only.endsWith("-service") ? only : only + "-service";
        if (!all.containsKey(name)) {
            throw new IllegalArgumentException("no service '" + only + "': call-service, funding-service or dialogue-service");
        }
        return Map.of(name, all.get(name));
    }

    /** The token given, or a fresh OPERATOR one from the local stack's key. */
    String token() {
        if (token != null && !token.isBlank()) {
            return token;
        }
        return new TokenMinter(JwtKeys.load(dataDir)).mint(TokenRequest.of("coop-dlq", "EU", null, Role.OPERATOR));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
