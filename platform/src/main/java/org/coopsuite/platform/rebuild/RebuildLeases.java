package org.coopsuite.platform.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One rebuild of a projection at a time across every instance of a service: a rebuild holds its
 * projection's lease, one document per projection in the service's own database, and renews it
 * while it runs. A lease not renewed within {@link #STALE} (its instance died) is taken over.
 * Two instances rebuilding one projection would share its shadow collection.
 */
final class RebuildLeases {

    static final String COLLECTION = "projectionRebuildLeases";
    static final Duration STALE = Duration.ofSeconds(60);
    static final Duration RENEWAL = Duration.ofSeconds(10);
    private static final String INSTANCE = UUID.randomUUID().toString();

    private final MongoTemplate mongo;
    private final Clock clock;

    RebuildLeases(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Takes the projection's lease for this rebuild; when another rebuild holds it, answers that rebuild's id. */
    Optional<String> acquire(String projection, String rebuildId) {
        Instant now = clock.instant();
        Document lease = new Document("_id", projection).append("rebuildId", rebuildId).append("instance", INSTANCE)
                .append("renewedAt", Date.from(now));
        try {
            leases().insertOne(lease);
            return Optional.empty();
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document held = leases().find(new Document("_id", projection)).first();
        if (held == null) {
            return acquire(projection, rebuildId);
        }
        Date renewedAt = held.getDate("renewedAt");
        if (renewedAt.toInstant().isBefore(now.minus(STALE))) {
            // Guarded by the holder's last renewal: of two instances taking it over, one wins.
            long taken = leases().replaceOne(new Document("_id", projection).append("renewedAt", renewedAt), lease)
                    .getModifiedCount();
            if (taken == 1) {
                return Optional.empty();
            }
            return Optional.ofNullable(leases().find(new Document("_id", projection)).first())
                    .map(d -> d.getString("rebuildId")).or(() -> acquire(projection, rebuildId));
        }
        return Optional.of(held.getString("rebuildId"));
    }

    /** Renews the lease this rebuild holds; false when it holds it no more. */
    boolean renew(String projection, String rebuildId) {
        return leases().updateOne(new Document("_id", projection).append("rebuildId", rebuildId),
                new Document("$set", new Document("renewedAt", Date.from(clock.instant())))).getMatchedCount() == 1;
    }

    /** Gives the lease up, if this rebuild still holds it. */
    void release(String projection, String rebuildId) {
        leases().deleteOne(new Document("_id", projection).append("rebuildId", rebuildId));
    }

    private MongoCollection<Document> leases() {
        return mongo.getCollection(COLLECTION);
    }
}
