package org.coopsuite.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * The crash window of a request with an {@code Idempotency-Key}, made in a service's own database
 * without killing it: what a service killed after the command's write and before the answer's
 * leaves of the key's record (platform {@code IdempotencyRecords}, collection
 * {@value #COLLECTION}). Note the records, send the request, then {@link #leaveUnanswered()}: the
 * one record it made is in progress again, without its answer, and started longer ago than the
 * 60 s after which a retry with the key runs the request again; the command's write stays.
 */
public final class CrashedAnswers {

    static final String COLLECTION = "idempotencyKeys";
    /** Past the filter's 60 s: a retry now takes the request over and runs it again. */
    private static final Duration LEFT_FOR = Duration.ofMinutes(2);

    private final MongoCollection<Document> records;
    private final Set<String> before;

    private CrashedAnswers(MongoCollection<Document> records) {
        this.records = records;
        this.before = records.distinct("_id", String.class).into(new HashSet<>());
    }

    /** The records there now: the one a request sends next is the one left unanswered. */
    public static CrashedAnswers noteRecords(MongoDatabase database) {
        return new CrashedAnswers(database.getCollection(COLLECTION));
    }

    /** Leaves the one record made since they were noted as the crash leaves it. */
    public void leaveUnanswered() {
        List<Document> made = records.find(Filters.nin("_id", before)).into(new ArrayList<>());
        assertThat(made).as("records made since they were noted").hasSize(1);
        Document record = made.get(0);
        assertThat(record.getInteger("status")).as("the first run's answer").isNotNull();
        Date startedAt = Date.from(record.getDate("startedAt").toInstant().minus(LEFT_FOR));
        records.updateOne(Filters.eq("_id", record.get("_id")), Updates.combine(Updates.unset("status"),
                Updates.unset("headers"), Updates.unset("body"), Updates.set("startedAt", startedAt)));
    }
}
