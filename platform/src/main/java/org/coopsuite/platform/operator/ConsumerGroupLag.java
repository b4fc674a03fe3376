package org.coopsuite.platform.operator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * How far behind one of this service's consumer groups is, per topic, read with Kafka's admin
 * client as {@code kafka-consumer-groups --describe} does: the group's committed offsets against
 * the topics' end offsets. It only reads (it never joins the group), and every answer is awaited
 * for {@code timeoutMillis} at most.
 */
final class ConsumerGroupLag {

    private final Admin admin;
    private final long timeoutMillis;

    ConsumerGroupLag(Admin admin, long timeoutMillis) {
        this.admin = admin;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * The records written to each topic that the group has not committed, summed over the
     * partitions; with no commit (or one below the log's start) the group reads from the first
     * record, as the services do. Topics that do not exist are left out.
     *
     * @throws IllegalStateException when Kafka does not answer in time or refuses
     */
    Map<String, Long> of(String group, List<String> subscribed) {
        Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata());
        Set<String> topics = new LinkedHashSet<>(subscribed);
        topics.retainAll(get(admin.listTopics().names()));
        Map<String, Long> lag = new LinkedHashMap<>();
        if (topics.isEmpty()) {
            return lag;
        }
        List<TopicPartition> partitions = new ArrayList<>();
        for (TopicDescription topic : get(admin.describeTopics(topics).allTopicNames()).values()) {
            topic.partitions().forEach(info -> partitions.add(new TopicPartition(topic.name(), info.partition())));
        }
        Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
        topics.forEach(topic -> lag.put(topic, 0L));
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata commit = committed.get(partition);
            long from = commit == null ? starts.get(partition) : Math.max(commit.offset(), starts.get(partition));
            lag.merge(partition.topic(), Math.max(0, ends.get(partition) - from), Long::sum);
        }
        return lag;
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec) {
        return get(admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec))).all())
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    private <T> T get(KafkaFuture<T> future) {
        try {
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + timeoutMillis + " ms", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("Kafka refused: " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Kafka", e);
        }
    }
}
