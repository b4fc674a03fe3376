package org.coopsuite.tools.status;

import java.util.List;

/** How far behind a consumer group is: per partition, per topic, in all. */
final class Lag {

    private Lag() {
    }

    /**
     * One partition of a topic the group reads.
     *
     * @param committed the group's committed offset (the next record it will read), {@code null} when it committed none
     * @param start     the log's first offset
     * @param end       the log's end offset (the next record to be written)
     */
    record OfPartition(String topic, int partition, Long committed, long start, long end) {

        /**
         * The records written that the group has not committed. With no commit, or one below
         * the log's start, the group starts from the first record (the services read from the
         * earliest), so everything from there on is behind.
         */
        long lag() {
            long from = committed == null ? start : Math.max(committed, start);
            return Math.max(0, end - from);
        }
    }

    /** One topic of a group: its partitions in order. */
    record OfTopic(String topic, List<OfPartition> partitions) {

        OfTopic {
            partitions = List.copyOf(partitions);
        }

        long lag() {
            return partitions.stream().mapToLong(OfPartition::lag).sum();
        }

        /** Whether the group has committed an offset on any partition of the topic. */
        boolean committed() {
            return partitions.stream().anyMatch(p -> p.committed() != null);
        }
    }

    /** One consumer group: the topics it is subscribed to, and any other it committed offsets on. */
    record OfGroup(String group, List<OfTopic> topics) {

        OfGroup {
            topics = List.copyOf(topics);
        }

        long lag() {
            return topics.stream().mapToLong(OfTopic::lag).sum();
        }
    }
}
