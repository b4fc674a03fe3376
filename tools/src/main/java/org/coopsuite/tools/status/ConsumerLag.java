package org.coopsuite.tools.status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * Reads a consumer group's lag with Kafka's admin client, as {@code kafka-consumer-groups
 * --describe} does: the group's committed offsets against the topics' end offsets, partition by
 * partition. It reads only: it never joins the group.
 */
final class ConsumerLag {

    private static final long TIMEOUT_SECONDS = 15;

    private final Admin admin;

    ConsumerLag(Admin admin) {
        this.admin = admin;
    }

    /**
     * The lag of {@code group} on the topics it is subscribed to ({@code subscribed}; those that
     * do not exist are left out) and on any other topic it has committed offsets on.
     *
     * @throws IllegalStateException if Kafka does not answer in time or refuses
     */
    Lag.OfGroup of(String group, List<String> subscribed) {
        Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata());
        Set<String> topics = new LinkedHashSet<>(subscribed);
        committed.keySet().stream().map(TopicPartition::topic).sorted().forEach(topics::add);
        topics.retainAll(get(admin.listTopics().names()));
        if (topics.isEmpty()) {
            return new Lag.OfGroup(group, List.of());
        }
        Map<String, TopicDescription> described = get(admin.describeTopics(topics).allTopicNames());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            for (TopicPartitionInfo info : described.get(topic).partitions()) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
        List<Lag.OfTopic> lags = new ArrayList<>();
        for (String topic : topics) {
            List<Lag.OfPartition> ofTopic = partitions.stream().filter(p -> p.topic().equals(topic))
                    .map(p -> new Lag.OfPartition(topic, p.partition(), offset(committed.get(p)), starts.get(p), ends.get(p)))
                    .toList();
            lags.add(new Lag.OfTopic(topic, ofTopic));
        }
        return new Lag.OfGroup(group, lags);
    }

    private Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec) {
        Map<TopicPartition, ListOffsetsResultInfo> offsets = get(admin.listOffsets(
                partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec))).all());
        return offsets.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    // Newer brokers answer every partition asked for, with null where the group committed nothing.
    private static Long offset(OffsetAndMetadata committed) {
        return committed == null ? null : committed.offset();
    }

    private static <T> T get(KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + TIMEOUT_SECONDS + " s", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("Kafka refused: " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Kafka", e);
        }
    }
}
