package org.coopsuite.platform.operator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;
import org.coopsuite.platform.aggregate.OutboxSweep;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How this service is doing for operators (the dashboard's operations page): its outbox backlog
 * per collection, read from the database now, and the lag of each of its consumer groups per
 * topic, read with Kafka's admin client within {@link #KAFKA_TIMEOUT}. When Kafka does not answer
 * in time the lag is unknown, said with why, and the rest is answered all the same.
 */
@RestController
@RequestMapping("/api/operator/status")
@PreAuthorize("hasRole('OPERATOR')")
public class OperatorStatusController implements DisposableBean {

    static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(2);

    private final OutboxSweep outbox;
    private final ObjectProvider<BindingServiceProperties> bindings;
    private final ObjectProvider<KafkaProperties> kafka;
    private final Clock clock;
    private final String service;
    private Admin admin;

    OperatorStatusController(OutboxSweep outbox, ObjectProvider<BindingServiceProperties> bindings,
            ObjectProvider<KafkaProperties> kafka, Clock clock, @Value("${spring.application.name:service}") String service) {
        this.outbox = outbox;
        this.bindings = bindings;
        this.kafka = kafka;
        this.clock = clock;
        this.service = service;
    }

    /** The service's status at {@code at}. */
    public record Status(String service, Instant at, List<Outbox> outbox, List<Group> groups) {
    }

    /**
     * An outbox collection: the entries not yet published and the age of the oldest.
     *
     * @param oldestAgeSeconds null when nothing waits
     */
    public record Outbox(String collection, long entries, Double oldestAgeSeconds) {
    }

    /**
     * A consumer group of this service: the records it has not committed, in all and per topic.
     *
     * @param lag     null when unknown
     * @param unknown why the lag is unknown (Kafka did not answer in time, or refused), null when known
     */
    public record Group(String group, Long lag, List<TopicLag> topics, String unknown) {
    }

    /** @param lag null when unknown */
    public record TopicLag(String topic, Long lag) {
    }

    @GetMapping
    Status status() {
        Instant now = clock.instant();
        List<Outbox> backlog = outbox.backlog().stream().map(b -> new Outbox(b.collection(), b.entries(),
                b.oldest() == null ? null : Math.max(0, Duration.between(b.oldest(), now).toMillis()) / 1000.0)).toList();
        List<Group> groups = new ArrayList<>();
        groups().forEach((group, topics) -> {
            // Once Kafka has not answered, the other groups are not asked: the answer stays within one timeout.
            String failed = groups.stream().map(Group::unknown).filter(Objects::nonNull).findFirst().orElse(null);
            groups.add(failed == null ? lagOf(group, topics) : unknown(group, topics, failed));
        });
        return new Status(service, now, backlog, groups);
    }

    private static Group unknown(String group, List<String> topics, String why) {
        return new Group(group, null, topics.stream().map(topic -> new TopicLag(topic, null)).toList(), why);
    }

    private Group lagOf(String group, List<String> topics) {
        try {
            Map<String, Long> lag = new ConsumerGroupLag(admin(), KAFKA_TIMEOUT.toMillis()).of(group, topics);
            return new Group(group, lag.values().stream().mapToLong(Long::longValue).sum(),
                    lag.entrySet().stream().map(e -> new TopicLag(e.getKey(), e.getValue())).toList(), null);
        } catch (IllegalStateException | KafkaException e) {
            return unknown(group, topics, e.getMessage());
        }
    }

    /** The consumer groups of the service's input bindings, each with its topics, in the bindings' order. */
    private Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        BindingServiceProperties properties = bindings.getIfAvailable();
        if (properties == null) {
            return groups;
        }
        properties.getBindings().forEach((name, binding) -> {
            String destination = binding.getDestination();
            if (name.contains("-in-") && destination != null) {
                String group = properties.getGroup(name) == null ? service : properties.getGroup(name);
                for (String topic : destination.split(",")) {
                    groups.computeIfAbsent(group, g -> new ArrayList<>()).add(topic.strip());
                }
            }
        });
        return groups;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> config = new HashMap<>(kafka.stream().findFirst()
                    .map(KafkaProperties::buildAdminProperties).orElse(Map.of()));
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, service + "-operator-status");
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis());
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis());
            admin = Admin.create(config);
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(KAFKA_TIMEOUT);
        }
    }
}
