package org.coopsuite.bench.projection;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.funding.FundingCommitted;

/**
 * The raw ceiling: no framework between the consumer and the server. Each poll is decoded, the
 * versions of the aggregates it touches are read with one {@code $in} query, stale events are
 * dropped, and the changed documents are written as one unordered bulk upsert by {@code _id}.
 */
public final class RawCeiling implements PlainConsumers.BatchWriter {

    private final EventCodec codec = EventCodec.forAllEvents();
    private final MongoCollection<Document> tallies;

    public RawCeiling(MongoCollection<Document> tallies) {
        this.tallies = tallies;
    }

    @Override
    public int write(List<ConsumerRecord<String, byte[]>> batch) {
        List<FundingCommitted> events = new ArrayList<>(batch.size());
        batch.forEach(record -> events.add((FundingCommitted) codec.decode(record.value())));
        upsert(events);
        return batch.size();
    }

    /** Applies decoded events: one read of the versions they touch, one unordered bulk upsert. */
    public void upsert(List<FundingCommitted> events) {
        Map<String, Document> touched = read(events);
        Map<String, Document> changed = new LinkedHashMap<>();
        for (FundingCommitted event : events) {
            String id = event.getMeta().getAggregateId();
            Document tally = touched.computeIfAbsent(id, Tallies::empty);
            if (Tallies.apply(tally, event.getMeta().getAggregateVersion(), new BigDecimal(event.getAmount().getAmount()))) {
                changed.put(id, tally);
            }
        }
        List<WriteModel<Document>> writes = new ArrayList<>(changed.size());
        ReplaceOptions upsert = new ReplaceOptions().upsert(true);
        changed.forEach((id, tally) -> writes.add(new ReplaceOneModel<>(eq("_id", id), tally, upsert)));
        if (!writes.isEmpty()) {
            tallies.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    private Map<String, Document> read(List<FundingCommitted> events) {
        List<String> ids = events.stream().map(e -> e.getMeta().getAggregateId()).distinct().toList();
        Map<String, Document> found = new HashMap<>();
        tallies.find(in("_id", ids)).forEach(doc -> found.put(doc.getString("_id"), doc));
        return found;
    }
}
