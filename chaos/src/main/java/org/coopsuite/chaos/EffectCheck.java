package org.coopsuite.chaos;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.tools.kafka.ReadOnlyConsumers;
import org.coopsuite.tools.trace.TopicScan;

/**
 * Every acknowledged command's effect exactly once: its event on the topics under one event id
 * (the same event published again after a kill is one effect; two event ids are two effects),
 * and each aggregate it created in its owner's store. What is missing is lost; what is there
 * twice is duplicated.
 */
final class EffectCheck {

    /** What the check found: each lost or duplicated effect described in a line. */
    record Findings(int effects, List<String> lost, List<String> duplicated) {
    }

    private final Commands commands;
    private final String bootstrapServers;

    EffectCheck(Commands commands, String bootstrapServers) {
        this.commands = commands;
        this.bootstrapServers = bootstrapServers;
    }

    Findings check(Ledger ledger) {
        Map<String, List<SpecificRecord>> byAggregate = readTopics();
        List<String> lost = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        for (Ledger.Effect effect : ledger.effects()) {
            Set<String> ids = new HashSet<>();
            for (SpecificRecord event : byAggregate.getOrDefault(effect.aggregateId(), List.of())) {
                EventMeta meta = EventCodec.meta(event);
                if (effect.matches(meta, (GenericRecord) event)) {
                    ids.add(meta.getEventId());
                }
            }
            if (ids.isEmpty()) {
                lost.add(effect.command() + ": no " + effect.eventType() + " on " + effect.aggregateId());
            } else if (ids.size() > 1) {
                duplicated.add(effect.command() + ": " + ids.size() + " " + effect.eventType() + " on "
                        + effect.aggregateId() + " (event ids " + ids + ")");
            }
        }
        for (Ledger.Created created : ledger.created()) {
            int status = commands.get(created.service(), created.path(), created.token()).map(Commands.Answer::status)
                    .orElse(-1);
            if (status != 200) {
                lost.add(created.command() + ": GET " + created.path() + " of " + created.service() + " answered "
                        + (status < 0 ? "nothing" : status));
            }
        }
        return new Findings(ledger.effects().size() + ledger.created().size(), lost, duplicated);
    }

    private Map<String, List<SpecificRecord>> readTopics() {
        EventCodec codec = EventCodec.forAllEvents();
        Map<String, List<SpecificRecord>> byAggregate = new HashMap<>();
        List<String> topics = Arrays.stream(EventTopic.values()).map(EventTopic::topic).toList();
        try (TopicScan scan = new TopicScan(ReadOnlyConsumers.consumer("coop-chaos", bootstrapServers, Map.of()), topics)) {
            scan.read(record -> {
                SpecificRecord event = codec.decode(record.value());
                byAggregate.computeIfAbsent(EventCodec.meta(event).getAggregateId(), id -> new ArrayList<>()).add(event);
            });
        }
        return byAggregate;
    }
}
