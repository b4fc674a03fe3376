package org.coopsuite.bench.projection;

import static com.mongodb.client.model.Filters.eq;

import java.math.BigDecimal;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.funding.FundingCommitted;

/** The naive reference: one read and one write per record. */
final class RecordAtATime implements PlainConsumers.BatchWriter {

    private final EventCodec codec = EventCodec.forAllEvents();
    private final MongoCollection<Document> tallies;

    RecordAtATime(MongoCollection<Document> tallies) {
        this.tallies = tallies;
    }

    @Override
    public int write(List<ConsumerRecord<String, byte[]>> batch) {
        ReplaceOptions upsert = new ReplaceOptions().upsert(true);
        for (ConsumerRecord<String, byte[]> record : batch) {
            FundingCommitted event = (FundingCommitted) codec.decode(record.value());
            String id = event.getMeta().getAggregateId();
            Document tally = tallies.find(eq("_id", id)).first();
            tally = tally == null ? Tallies.empty(id) : tally;
            if (Tallies.apply(tally, event.getMeta().getAggregateVersion(), new BigDecimal(event.getAmount().getAmount()))) {
                tallies.replaceOne(eq("_id", id), tally, upsert);
            }
        }
        return batch.size();
    }
}
