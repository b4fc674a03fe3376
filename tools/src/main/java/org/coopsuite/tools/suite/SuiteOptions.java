package org.coopsuite.tools.suite;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coopsuite.infra.token.JwtKeys;
import org.coopsuite.infra.token.Role;
import org.coopsuite.infra.token.TokenMinter;
import org.coopsuite.infra.token.TokenRequest;
import picocli.CommandLine.Option;

/**
 * Where the three services are and how to speak to them, with the local stack's defaults: a
 * picocli mixin of the operator commands. The consumer groups and their topics are those of the
 * services' {@code application.yml} (a test checks them against those files).
 */
public final class SuiteOptions {

    public static final String CALL = "call-service";
    public static final String FUNDING = "funding-service";
    public static final String DIALOGUE = "dialogue-service";

    private static final String CALL_TOPIC = "coop.call.events";
    private static final String FUNDING_TOPIC = "coop.funding.events";
    private static final String DIALOGUE_TOPIC = "coop.dialogue.events";

    @Option(names = "--call-service-url", defaultValue = "http://localhost:8081", paramLabel = "<url>",
            description = "call-service's API. Default: ${DEFAULT-VALUE}.")
    String callUrl;

    @Option(names = "--funding-service-url", defaultValue = "http://localhost:8082", paramLabel = "<url>",
            description = "funding-service's API. Default: ${DEFAULT-VALUE}.")
    String fundingUrl;

    @Option(names = "--dialogue-service-url", defaultValue = "http://localhost:8083", paramLabel = "<url>",
            description = "dialogue-service's API. Default: ${DEFAULT-VALUE}.")
    String dialogueUrl;

    @Option(names = "--call-service-management-url", defaultValue = "http://localhost:9081", paramLabel = "<url>",
            description = "call-service's management port (health, prometheus). Default: ${DEFAULT-VALUE}.")
    String callManagementUrl;

    @Option(names = "--funding-service-management-url", defaultValue = "http://localhost:9082", paramLabel = "<url>",
            description = "funding-service's management port. Default: ${DEFAULT-VALUE}.")
    String fundingManagementUrl;

    @Option(names = "--dialogue-service-management-url", defaultValue = "http://localhost:9083", paramLabel = "<url>",
            description = "dialogue-service's management port. Default: ${DEFAULT-VALUE}.")
    String dialogueManagementUrl;

    @Option(names = "--token", paramLabel = "<jwt>",
            description = "A token with the OPERATOR role. Default: one signed with the local stack's key under --data-dir.")
    String token;

    @Option(names = "--data-dir", defaultValue = "var", paramLabel = "<dir>",
            description = "The local stack's data directory, whose keys/ signs the default token. Default: ${DEFAULT-VALUE}.")
    Path dataDir;

    /** The three services, dialogue-service's groups last as it reads every topic. */
    public List<Service> services() {
        return List.of(
                new Service(CALL, callUrl, callManagementUrl, groups(CALL, List.of(DIALOGUE_TOPIC, FUNDING_TOPIC))),
                new Service(FUNDING, fundingUrl, fundingManagementUrl, fundingGroups()),
                new Service(DIALOGUE, dialogueUrl, dialogueManagementUrl,
                        groups(DIALOGUE, List.of(CALL_TOPIC, FUNDING_TOPIC, DIALOGUE_TOPIC))));
    }

    /** The service of this name. */
    public Service service(String name) {
        return services().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    /**
     * The bearer token: {@code --token}, else an OPERATOR token signed with the local stack's key,
     * else a reason why there is none (no key under the data directory).
     */
    public Bearer bearer() {
        if (token != null && !token.isBlank()) {
            return new Bearer(Optional.of(token), "");
        }
        try {
            TokenMinter minter = new TokenMinter(JwtKeys.load(dataDir));
            return new Bearer(Optional.of(minter.mint(TokenRequest.of("coop-operator", "EU", null, Role.OPERATOR))), "");
        } catch (IllegalStateException e) {
            return new Bearer(Optional.empty(), "no token (" + e.getMessage() + "; or give --token)");
        }
    }

    private static Map<String, List<String>> groups(String group, List<String> topics) {
        return Map.of(group, topics);
    }

    // The reactions to the call's events have a group of their own (funding-service's application.yml).
    private static Map<String, List<String>> fundingGroups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put(FUNDING, List.of(CALL_TOPIC, FUNDING_TOPIC));
        groups.put(FUNDING + "-agreements", List.of(CALL_TOPIC));
        return groups;
    }

    /**
     * A token to send, or why there is none.
     *
     * @param token     the JWT, without {@code Bearer }
     * @param missing   why there is none, when {@code token} is empty
     */
    public record Bearer(Optional<String> token, String missing) {
    }
}
