package org.coopsuite.dashboard.suite;

import java.net.URI;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the services answer, under {@code coop.dashboard}.
 *
 * @param callService     call-service's API
 * @param fundingService  funding-service's API
 * @param dialogueService dialogue-service's API
 */
@ConfigurationProperties("coop.dashboard")
public record SuiteProperties(@DefaultValue("http://localhost:8081") URI callService,
        @DefaultValue("http://localhost:8082") URI fundingService,
        @DefaultValue("http://localhost:8083") URI dialogueService) {

    Map<Service, URI> urls() {
        return Map.of(Service.CALL, callService, Service.FUNDING, fundingService, Service.DIALOGUE, dialogueService);
    }
}
