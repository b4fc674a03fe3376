package org.coopsuite.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopsuite.platform.test.OpenApiDocument;
import org.coopsuite.platform.test.ServiceHealth;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.springframework.test.annotation.DirtiesContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIntegrationTest
@DirtiesContext
class DialogueServiceHealthIT {

    @LocalServerPort
    int port;

    @Test
    void reportsUpWithKafkaAndMongoDb() {
        ServiceHealth.assertUp(port);
    }

    @Test
    void publishesItsOpenApiDocumentWithoutAToken() {
        assertThat(OpenApiDocument.paths(port)).contains("/api/dialogues/{id}");
    }
}
