package org.coopsuite.dialogue;

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
}
