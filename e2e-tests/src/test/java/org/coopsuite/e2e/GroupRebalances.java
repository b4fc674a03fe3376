package org.coopsuite.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.GroupState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the services' consumer groups on the broker while a test runs: every change of a
 * group's members (one left, its process killed and its session expired; one joined, a restarted
 * instance) is a rebalance of the group's partitions over the members left, and is counted.
 * Reads the groups every 200 ms with the admin client.
 */
final class GroupRebalances implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupRebalances.class);
    private static final Duration SETTLED = Duration.ofSeconds(2);

    private final Admin admin;
    private final Collection<String> groups;
    private final Map<String, Set<String>> members = new ConcurrentHashMap<>();
    private final Map<String, Integer> rebalances = new ConcurrentHashMap<>();
    private final Set<String> stable = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> changedAt = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "group-rebalances");
        thread.setDaemon(true);
        return thread;
    });

    private GroupRebalances(String bootstrapServers, Collection<String> groups) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        this.groups = List.copyOf(groups);
        watcher.scheduleWithFixedDelay(this::look, 0, 200, TimeUnit.MILLISECONDS);
    }

    /** Starts watching the groups; their members now are the start. */
    static GroupRebalances watch(String bootstrapServers, Collection<String> groups) {
        return new GroupRebalances(bootstrapServers, groups);
    }

    /**
     * Waits until every group is stable and its members have not changed for two seconds (the
     * instances just started have joined), then counts from zero.
     */
    GroupRebalances awaitSettled(Duration atMost) {
        await("consumer groups settled").atMost(atMost).pollInterval(Duration.ofMillis(250))
                .until(() -> groups.stream().allMatch(this::settled));
        rebalances.clear();
        return this;
    }

    /** Waits until the group is stable and its members have not changed for two seconds. */
    void awaitSettled(String group, Duration atMost) {
        await(group + " settled").atMost(atMost).pollInterval(Duration.ofMillis(250)).until(() -> settled(group));
    }

    private boolean settled(String group) {
        Long changed = changedAt.get(group);
        return changed != null && stable.contains(group) && System.nanoTime() - changed > SETTLED.toNanos();
    }

    /** The changes of members seen so far, by group. */
    Map<String, Integer> byGroup() {
        return new TreeMap<>(rebalances);
    }

    int total() {
        return rebalances.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The group's members now, as the broker last told them. */
    Set<String> members(String group) {
        return members.getOrDefault(group, Set.of());
    }

    private void look() {
        try {
            Map<String, ConsumerGroupDescription> described = admin.describeConsumerGroups(groups).all()
                    .get(5, TimeUnit.SECONDS);
            described.forEach((group, description) -> {
                Set<String> now = description.members().stream().map(MemberDescription::consumerId)
                        .collect(Collectors.toUnmodifiableSet());
                if (description.groupState() == GroupState.STABLE) {
                    stable.add(group);
                } else {
                    stable.remove(group);
                }
                Set<String> before = members.put(group, now);
                if (before == null || !before.equals(now)) {
                    changedAt.put(group, System.nanoTime());
                }
                if (before != null && !before.equals(now)) {
                    rebalances.merge(group, 1, Integer::sum);
                    log.info("Group {}: {} members (was {}), state {}", group, now.size(), before.size(),
                            description.groupState());
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.debug("Groups not described this time: {}", e.toString());
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        admin.close(Duration.ofSeconds(5));
    }
}
