package org.coopsuite.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopsuite.platform.test.OpenApiDocument;
import org.coopsuite.platform.test.ServiceHealth;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.springframework.test.annotation.DirtiesContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIntegrationTest
@DirtiesContext
class DialogueServiceHealthIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void reportsUpWithKafkaAndMongoDb() {
        ServiceHealth.assertUp(port);
    }

    @Test
    void publishesItsOpenApiDocumentWithoutAToken() {
        assertThat(OpenApiDocument.paths(port)).contains("/api/dialogues/{id}");
    }

    @Test
    void servesSwaggerUiWithoutAToken() {
        OpenApiDocument.assertSwaggerUiOpen(port);
    }

    @Test
    void servesPrometheusOnItsManagementPortOnly() {
        assertThat(managementPort).isNotEqualTo(port).isPositive();
        ServiceHealth.assertActuatorOnManagementPort(port, managementPort);
    }
}
