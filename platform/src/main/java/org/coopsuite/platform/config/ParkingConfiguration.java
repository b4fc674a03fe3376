package org.coopsuite.platform.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.coopsuite.platform.messaging.ConsumerFaults;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.coopsuite.platform.messaging.ParkedSequences;
import org.coopsuite.platform.messaging.Parking;
import org.coopsuite.platform.messaging.SequenceOperations;
import org.coopsuite.platform.scheduling.ScheduledCheck;
import org.coopsuite.schemas.codec.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The sequenced dead letters of every consumer: their store in the service's database, the
 * consumer's side ({@link Parking}), the operators' retries and evictions, the readiness of
 * consumers held up by a transient failure, and the optional scheduled retry of sequences whose
 * cause was transient. Imported before {@link SchedulingConfiguration}, which schedules that
 * retry only when it sees it.
 */
@Configuration(proxyBeanMethods = false)
class ParkingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ParkingConfiguration.class);
    static final String PARKED_GAUGE = "coop.parked.sequences";

    /**
     * The store, and {@value #PARKED_GAUGE}: the sequences parked now, counted in the service's
     * database at each scrape, so that every instance reports what all of them parked.
     */
    @Bean
    ParkedSequences parkedSequences(MongoTemplate mongo, Clock clock, MeterRegistry registry) {
        ParkedSequences store = new ParkedSequences(mongo, clock);
        store.declareIndexes();
        Gauge.builder(PARKED_GAUGE, store, ParkedSequences::countParked)
                .description("Sequences parked now (an event that failed on its content, and its aggregate's later events)")
                .register(registry);
        return store;
    }

    /** {@code consumers} in the health, and in the readiness group (platform-defaults.properties). */
    @Bean
    ConsumerFaults consumersHealthIndicator(Clock clock) {
        return new ConsumerFaults(clock);
    }

    @Bean
    Parking parking(ParkedSequences store, EventCodec codec, Clock clock, ConsumerFaults consumersHealthIndicator,
            @Value("${spring.cloud.stream.default.group:${spring.application.name:}}") String group) {
        return new Parking(store, codec, clock, consumersHealthIndicator, group);
    }

    @Bean
    SequenceOperations sequenceOperations(ParkedSequences store, Parking parking, EventCodec codec,
            PlatformProperties properties, @Value("${spring.application.name:service}") String name) {
        return new SequenceOperations(store, parking, codec, name + "@" + host() + "/" + UUID.randomUUID(),
                properties.parked().claimLease());
    }

    @Bean
    @ConditionalOnProperty(name = "coop.platform.parked.retry-transient", havingValue = "true")
    ScheduledCheck transientParkedRetry(SequenceOperations operations, PlatformProperties properties) {
        Duration interval = properties.parked().retryInterval();
        return new ScheduledCheck() {
            @Override
            public Duration interval() {
                return interval;
            }

            @Override
            public void run() {
                operations.retryTransient("scheduled retry").stream().filter(outcome -> !outcome.parkedAgain())
                        .forEach(outcome -> log.info("Scheduled retry applied parked sequence {}", outcome.id()));
            }
        };
    }

    /** One attempt fails after the platform's timeout, not the driver's 30 s, so that a consumer retries soon. */
    @Bean
    MongoClientSettingsBuilderCustomizer serverSelectionTimeout(PlatformProperties properties) {
        long millis = properties.mongo().serverSelectionTimeout().toMillis();
        return settings -> settings.applyToClusterSettings(
                cluster -> cluster.serverSelectionTimeout(millis, TimeUnit.MILLISECONDS));
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
