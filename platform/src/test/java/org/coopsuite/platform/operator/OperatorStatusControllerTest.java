package org.coopsuite.platform.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.coopsuite.platform.aggregate.OutboxMetrics;
import org.coopsuite.platform.aggregate.OutboxSweep;
import org.coopsuite.platform.operator.OperatorStatusController.Group;
import org.coopsuite.platform.operator.OperatorStatusController.Status;
import org.coopsuite.platform.operator.OperatorStatusController.TopicLag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;

class OperatorStatusControllerTest {

    /** Nothing listens on port 1: Kafka does not answer, and the status says so within the timeout. */
    @Test
    void saysEveryGroupsLagIsUnknownWhenKafkaDoesNotAnswerAndAnswersTheRestWithinTheTimeout() {
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of("localhost:1"));
        BindingServiceProperties bindings = new BindingServiceProperties();
        bindings.setBindings(Map.of("callEvents-in-0", binding("coop.call.events", null),
                "callReactions-in-0", binding("coop.call.events", "a-service-reactions"),
                "callEvents-out-0", binding("coop.call.events", null)));
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("kafka", kafka, "bindings", bindings));
        OperatorStatusController controller = new OperatorStatusController(
                new OutboxSweep(null, new OutboxMetrics(new SimpleMeterRegistry(), Clock.systemUTC())),
                beans.getBeanProvider(BindingServiceProperties.class), beans.getBeanProvider(KafkaProperties.class),
                Clock.systemUTC(), "a-service");
        try {
            long start = System.nanoTime();
            Status status = controller.status();

            assertThat(Duration.ofNanos(System.nanoTime() - start))
                    .isLessThan(OperatorStatusController.KAFKA_TIMEOUT.multipliedBy(2));
            assertThat(status.service()).isEqualTo("a-service");
            assertThat(status.outbox()).isEmpty();
            assertThat(status.groups()).extracting(Group::group)
                    .containsExactlyInAnyOrder("a-service", "a-service-reactions");
            assertThat(status.groups()).allSatisfy(group -> {
                assertThat(group.lag()).isNull();
                assertThat(group.unknown()).startsWith("Kafka");
                assertThat(group.topics()).containsExactly(new TopicLag("coop.call.events", null));
            });
        } finally {
            controller.destroy();
        }
    }

    private static BindingProperties binding(String destination, String group) {
        BindingProperties binding = new BindingProperties();
        binding.setDestination(destination);
        binding.setGroup(group);
        return binding;
    }
}
