package org.coopsuite.infra;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

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
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create topics on " + bootstrapServers + ": " + e.getMessage(), e);
        }
    }
}
