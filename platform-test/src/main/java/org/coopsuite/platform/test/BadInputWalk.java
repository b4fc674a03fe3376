package org.coopsuite.platform.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.awaitility.Awaitility;

/**
 * Sends bad requests to a running service and checks each answer: a 4xx problem detail (none a
 * 5xx) that names what is wrong; and around all of them, that nothing was stored or published:
 * the service's collections hold as many documents and the event topics end where they ended.
 */
public final class BadInputWalk {

    /** A bad request, the status class it must get ({@code 4}: any 4xx, or one status) and what the answer must name. */
    public record Probe(String name, RawHttp.Request request, int status, String names) {

        /** Any 4xx. */
        public static Probe of(String name, RawHttp.Request request, String names) {
            return new Probe(name, request, 4, names);
        }
    }

    /** How the walk went: the probes sent, by status, and those that answered otherwise. */
    public record Outcome(int sent, Map<Integer, Integer> byStatus, List<String> failures) {
    }

    private BadInputWalk() {
    }

    /** Sends every probe; {@code state} counts what is stored (e.g. the documents of each collection). */
    public static Outcome walk(int port, List<Probe> probes, Supplier<Map<String, Long>> state, String... topics) {
        Map<String, Long> stored = state.get();
        Map<TopicPartition, Long> ends = quietEnds(topics);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            RawHttp.Answer answer = RawHttp.send(port, probe.request());
            byStatus.merge(answer.status(), 1, Integer::sum);
            String why = mismatch(probe, answer);
            if (why != null) {
                failures.add(probe.name() + ": " + why + " - " + RawHttp.abbreviated(answer.body()));
            }
        }
        if (!state.get().equals(stored)) {
            failures.add("documents stored: " + stored + " before, " + state.get() + " after");
        }
        if (!endOffsets(topics).equals(ends)) {
            failures.add("events published: the topics' end offsets " + ends + " before, " + endOffsets(topics) + " after");
        }
        return new Outcome(probes.size(), byStatus, failures);
    }

    private static String mismatch(Probe probe, RawHttp.Answer answer) {
        int status = answer.status();
        boolean statusOk = probe.status() == 4 ? status >= 400 && status < 500 : status == probe.status();
        if (!statusOk) {
            return "answered " + status + ", not " + (probe.status() == 4 ? "4xx" : probe.status());
        }
        if (!answer.isProblem()) {
            return "no problem detail";
        }
        if (probe.names() != null && !answer.body().contains(probe.names())) {
            return "does not name " + probe.names();
        }
        return null;
    }

    /** The topics' end offsets once they have stood still for a second: nothing still on its way. */
    private static Map<TopicPartition, Long> quietEnds(String... topics) {
        AtomicReference<Map<TopicPartition, Long>> last = new AtomicReference<>(Map.of());
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Map<TopicPartition, Long> now = endOffsets(topics);
            return now.equals(last.getAndSet(now));
        });
        return last.get();
    }

    public static Map<TopicPartition, Long> endOffsets(String... topics) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafkaBootstrapServers(),
                ConsumerConfig.CLIENT_ID_CONFIG, "bad-input-walk-" + UUID.randomUUID()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            return Map.copyOf(consumer.endOffsets(partitions));
        }
    }
}
