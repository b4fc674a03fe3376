package org.coopsuite.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.coopsuite.dialogue.actionitem.OverdueActionItemsCheck;
import org.coopsuite.dialogue.escalation.ShortfallEscalationCheck;
import org.coopsuite.platform.scheduling.ScheduledCheck;
import org.coopsuite.platform.test.OpenApiDocument;
import org.coopsuite.platform.test.ServiceHealth;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.springframework.test.annotation.DirtiesContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

@ServiceIntegrationTest
@DirtiesContext
class DialogueServiceHealthIT {

    @LocalServerPort
    int port;
    @Autowired
    List<ScheduledCheck> checks;
    @Autowired
    ScheduledTaskHolder scheduled;

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

    @Test
    void schedulesEachOfItsChecksAtItsInterval() {
        assertThat(checks).extracting(Object::getClass)
                .containsExactlyInAnyOrder(OverdueActionItemsCheck.class, ShortfallEscalationCheck.class);
        assertThat(scheduled.getScheduledTasks()).extracting(ScheduledTask::getTask)
                .filteredOn(FixedDelayTask.class::isInstance).extracting(task -> ((FixedDelayTask) task).getIntervalDuration())
                .containsExactlyInAnyOrderElementsOf(checks.stream().map(ScheduledCheck::interval).toList());
    }
}
