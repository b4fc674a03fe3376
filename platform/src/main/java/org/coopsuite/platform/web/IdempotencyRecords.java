package org.coopsuite.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The answers given to requests that carried an {@code Idempotency-Key}, in the service's own
 * MongoDB ({@value #COLLECTION}), one document per caller, path and key: first as in progress,
 * then with the answer. An answer is kept for {@link #KEPT}; one left in progress longer than
 * {@link #ABANDONED} (its service died while answering) may be taken over by a retry.
 */
class IdempotencyRecords {

    static final String COLLECTION = "idempotencyKeys";
    /** How long an answer is given again for the same key. */
    static final Duration KEPT = Duration.ofHours(24);
    /** How long a request may be in progress before a retry with its key runs it again. */
    static final Duration ABANDONED = Duration.ofSeconds(60);

    /** What a key holds: the request's hash, and its answer once it has one. */
    record Entry(String requestHash, Date startedAt, Integer status, Map<String, String> headers, byte[] body) {

        boolean answered() {
            return status != null;
        }
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    IdempotencyRecords(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** What the key holds, unless it is older than {@link #KEPT}. */
    Optional<Entry> find(String id) {
        Document document = mongo.findById(id, Document.class, COLLECTION);
        if (document == null) {
            return Optional.empty();
        }
        Date startedAt = document.getDate("startedAt");
        if (startedAt.toInstant().plus(KEPT).isBefore(clock.instant())) {
            forget(id);
            return Optional.empty();
        }
        Document headers = document.get("headers", Document.class);
        Binary body = document.get("body", Binary.class);
        return Optional.of(new Entry(document.getString("requestHash"), startedAt, document.getInteger("status"),
                headers == null ? Map.of() : headers.entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue()))),
                body == null ? new byte[0] : body.getData()));
    }

    /** Whether an entry in progress was left longer than {@link #ABANDONED}. */
    boolean abandoned(Entry entry) {
        return !entry.answered() && entry.startedAt().toInstant().plus(ABANDONED).isBefore(clock.instant());
    }

    /** Records the request as in progress; false when another request with the key came first. */
    boolean start(String id, String requestHash) {
        try {
            mongo.insert(new Document("_id", id).append("requestHash", requestHash)
                    .append("startedAt", Date.from(clock.instant())), COLLECTION);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    /** Takes over an abandoned entry, unless another retry took it first. */
    boolean takeOver(String id, Entry abandoned) {
        Query stillAbandoned = Query.query(Criteria.where("_id").is(id).and("startedAt").is(abandoned.startedAt()));
        return mongo.updateFirst(stillAbandoned, Update.update("startedAt", Date.from(clock.instant())), COLLECTION)
                .getModifiedCount() == 1;
    }

    /** Keeps the answer, to give it again. */
    void answer(String id, int status, Map<String, String> headers, byte[] body) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("status", status)
                .set("headers", new Document(Map.copyOf(headers))).set("body", new Binary(body)), COLLECTION);
    }

    /** Forgets the key: the request may run again. */
    void forget(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
    }
}
