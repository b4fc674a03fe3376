package org.coopsuite.platform.config;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.platform.aggregate.Aggregates;
import org.coopsuite.platform.aggregate.EventPublisher;
import org.coopsuite.platform.aggregate.OutboxMetrics;
import org.coopsuite.platform.aggregate.OutboxRelay;
import org.coopsuite.platform.aggregate.OutboxSweep;
import org.coopsuite.platform.tracing.TraceHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/** The stored aggregates: their repositories, which write state and events together, the outbox relay and its producer. */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    /**
     * The suite's producer of raw event bytes, used by the relay and for dead letters: the
     * relay needs every send acknowledged before it removes an event from the outbox.
     */
    @Bean
    KafkaTemplate<byte[], byte[]> eventKafkaTemplate(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 1);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    EventPublisher eventPublisher(KafkaTemplate<byte[], byte[]> eventKafkaTemplate, PlatformProperties properties) {
        return new EventPublisher(eventKafkaTemplate, properties.outbox().publishTimeout());
    }

    @Bean
    OutboxMetrics outboxMetrics(MeterRegistry registry, Clock clock) {
        return new OutboxMetrics(registry, clock);
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService outboxRelayExecutor(PlatformProperties properties) {
        return Executors.newFixedThreadPool(properties.outbox().relayThreads(),
                new CustomizableThreadFactory("outbox-relay-"));
    }

    @Bean
    OutboxRelay outboxRelay(EventPublisher publisher, OutboxMetrics metrics, Clock clock,
            PlatformProperties properties, ExecutorService outboxRelayExecutor) {
        return new OutboxRelay(publisher, metrics, clock, properties.outbox().lease(), properties.outbox().quarantineAfter(),
                outboxRelayExecutor);
    }

    @Bean
    OutboxSweep outboxSweep(OutboxRelay relay, OutboxMetrics metrics) {
        return new OutboxSweep(relay, metrics);
    }

    /** Runs the periodic sweep that publishes what a crash or a failed publish left behind. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService outboxSweepSchedule(OutboxSweep sweep, PlatformProperties properties) {
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(
                new CustomizableThreadFactory("outbox-sweep-"));
        long interval = properties.outbox().sweepInterval().toMillis();
        schedule.scheduleWithFixedDelay(sweep::sweepAll, interval, interval, TimeUnit.MILLISECONDS);
        return schedule;
    }

    @Bean
    Aggregates aggregates(MongoTemplate mongo, EventCodec codec, OutboxRelay relay, OutboxSweep sweep,
            TraceHeaders trace, Clock clock, @Value("${spring.application.name}") String producer) {
        return new Aggregates(mongo, codec, relay, sweep, trace::current, clock, producer);
    }
}
