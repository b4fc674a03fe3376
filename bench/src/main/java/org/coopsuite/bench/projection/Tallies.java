package org.coopsuite.bench.projection;

import java.math.BigDecimal;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * The document the plain paths keep per aggregate: the last applied version, the number of
 * events applied and the money committed; and the check that a run counted every event once.
 */
final class Tallies {

    private Tallies() {
    }

    static Document empty(String id) {
        return new Document("_id", id).append("version", 0L).append("events", 0L).append("committed", "0");
    }

    /** Applies one event unless it is not newer than the last applied; returns whether it applied. */
    static boolean apply(Document tally, long version, BigDecimal amount) {
        if (version <= tally.getLong("version")) {
            return false;
        }
        tally.put("version", version);
        tally.put("events", tally.getLong("events") + 1);
        tally.put("committed", new BigDecimal(tally.getString("committed")).add(amount).toPlainString());
        return true;
    }

    /**
     * What a projection holds after a run: the number of documents, the events they count, and
     * whether each document's money is exactly its events times the feed's amount.
     */
    record Count(long documents, long events, boolean moneyMatches) {

        static Count of(MongoCollection<Document> collection, String eventsField, String moneyField) {
            long documents = 0;
            long events = 0;
            boolean matches = true;
            BigDecimal each = new BigDecimal(CommitmentFeed.AMOUNT);
            for (Document doc : collection.find()) {
                long counted = ((Number) doc.get(eventsField)).longValue();
                documents++;
                events += counted;
                matches &= new BigDecimal(doc.getString(moneyField)).compareTo(each.multiply(BigDecimal.valueOf(counted))) == 0;
            }
            return new Count(documents, events, matches);
        }
    }
}
