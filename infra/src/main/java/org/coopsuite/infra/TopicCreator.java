package org.coopsuite.infra;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates the event topics that are missing on a broker and leaves existing ones alone, so it can
 * run on every start of the local stack or of a test JVM.
 */
public final class TopicCreator {

    private static final long TIMEOUT_SECONDS = 30;

    private TopicCreator() {
    }

    /**
     * Creates every event topic of {@link EventTopics} that does not exist yet, with replication 1.
     *
     * @return the names of the topics created now (empty when all existed)
     */
    public static List<String> createMissingEventTopics(String bootstrapServers) {
        return createMissing(bootstrapServers, EventTopics.newTopics((short) 1));
    }

    /** Creates those of {@code topics} that do not exist yet; returns the names created. */
    public static List<String> createMissing(String bootstrapServers, List<NewTopic> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                awaitLeaders(admin, missing);
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create topics on " + bootstrapServers + ": " + e.getMessage(), e);
        }
    }

    // createTopics returns before the broker leads the new partitions, and a producer's first
    // send then warns NOT_LEADER_OR_FOLLOWER. ListOffsets is answered by the leader only and the
    // admin client retries it until then, so once it returns the topics are ready for clients.
    // On a loaded machine the broker's metadata may not even know the new topics yet: ListOffsets
    // then fails at once with UnknownTopicOrPartition, which is worth asking again.
    private static void awaitLeaders(Admin admin, List<NewTopic> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> partitions = topics.stream()
                .flatMap(t -> IntStream.range(0, t.numPartitions()).mapToObj(p -> new TopicPartition(t.name(), p)))
                .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            try {
                admin.listOffsets(partitions).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw e;
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
    }
}
