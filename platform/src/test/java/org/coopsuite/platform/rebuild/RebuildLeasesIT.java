package org.coopsuite.platform.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.coopsuite.platform.test.MutableClock;
import org.coopsuite.platform.test.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** One rebuild of a projection at a time across a service's instances, on the MongoDB wire protocol. */
class RebuildLeasesIT {

    private static final MongoClient MONGO = MongoClients.create(TestInfrastructure.shared().mongoConnectionString());

    private final MongoTemplate mongo = new MongoTemplate(MONGO, "leases-" + UUID.randomUUID().toString().substring(0, 8));
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T06:00:00Z"));
    private final RebuildLeases instanceA = new RebuildLeases(mongo, clock);
    private final RebuildLeases instanceB = new RebuildLeases(mongo, clock);

    @Test
    void givenARebuildHoldingTheLeaseWhenAnotherInstanceAsksThenItIsToldWhichRebuildRuns() {
        assertThat(instanceA.acquire("callViews", "rebuild-1")).isEmpty();

        assertThat(instanceB.acquire("callViews", "rebuild-2")).contains("rebuild-1");
        assertThat(instanceB.acquire("ledgerViews", "rebuild-3")).as("another projection").isEmpty();
    }

    @Test
    void givenALeaseRenewedInTimeWhenAnotherInstanceAsksLaterThenItIsStillRefused() {
        instanceA.acquire("callViews", "rebuild-1");
        for (int i = 0; i < 10; i++) {
            clock.advance(RebuildLeases.RENEWAL);
            assertThat(instanceA.renew("callViews", "rebuild-1")).isTrue();
        }

        assertThat(instanceB.acquire("callViews", "rebuild-2")).contains("rebuild-1");
    }

    @Test
    void givenALeaseNotRenewedForAMinuteWhenAnotherInstanceAsksThenItTakesItOverAndTheOldHolderLearnsIt() {
        instanceA.acquire("callViews", "rebuild-1");
        clock.advance(RebuildLeases.STALE.plus(Duration.ofSeconds(1)));

        assertThat(instanceB.acquire("callViews", "rebuild-2")).isEmpty();
        assertThat(instanceA.renew("callViews", "rebuild-1")).isFalse();
        instanceA.release("callViews", "rebuild-1");
        assertThat(instanceA.acquire("callViews", "rebuild-3")).as("the old holder's release freed nothing")
                .contains("rebuild-2");
    }

    @Test
    void givenARebuildThatEndedWhenItReleasesThenTheNextOneMayStart() {
        instanceA.acquire("callViews", "rebuild-1");
        instanceA.release("callViews", "rebuild-1");

        assertThat(instanceB.acquire("callViews", "rebuild-2")).isEmpty();
        assertThat(mongo.getCollection(RebuildLeases.COLLECTION).countDocuments()).isEqualTo(1);
    }
}
