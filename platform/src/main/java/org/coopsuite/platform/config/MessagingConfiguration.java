package org.coopsuite.platform.config;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.platform.messaging.DeadLetters;
import org.coopsuite.platform.messaging.Parking;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;

/** The codec and the conventions of every event binding: retries, parked sequences, dead letters. */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    private static final int PARTITIONS = 6;

    @Bean
    EventCodec eventCodec() {
        return EventCodec.forAllEvents();
    }

    /**
     * Gives every consumer binding the suite's error handler; its dead-letter topic is created
     * with the partitions of the event topics, so a dead letter keeps its original partition,
     * and kept for ever (as the event topics are): a dead letter nobody looked at is never lost.
     * Its counter is registered at 0.
     */
    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> deadLetterCustomizer(
            KafkaTemplate<byte[], byte[]> eventKafkaTemplate, KafkaAdmin admin, MeterRegistry registry,
            PlatformProperties properties, Parking parking) {
        PlatformProperties.Consumer retry = properties.consumer();
        DeadLetters.PlatformRetries retries = new DeadLetters.PlatformRetries(retry.retries(),
                retry.initialBackoff().toMillis(), retry.maxBackoff().toMillis());
        // A dead-letter topic made before retention was infinite gets it too.
        admin.setModifyTopicConfigs(true);
        return (container, destination, group) -> {
            if (group == null || group.isBlank()) {
                return;
            }
            admin.createOrModifyTopics(new NewTopic(DeadLetters.topic(destination, group), PARTITIONS, (short) -1)
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")));
            DeadLetters.counter(registry, destination, group);
            container.setCommonErrorHandler(DeadLetters.errorHandler(eventKafkaTemplate, registry, group, parking,
                    retries));
        };
    }
}
