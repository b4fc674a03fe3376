package org.coopsuite.funding.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.call.CallSubmittedForFunding;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.funding.CoFundingOverdue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A call whose co-funding is not secured within its funding period, on the real broker and server:
 * the scheduled check raises {@code CoFundingOverdue} once, on the call's cooperation thread, while
 * a call still within its period raises nothing.
 */
@ServiceIntegrationTest
@DirtiesContext
class FundingOverdueIT {

    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;
    @Autowired
    FundingOverdueCheck check;
    @LocalServerPort
    int port;

    @Test
    void raisesTheOverdueFactOnceOnTheCallsThreadForACallPastItsFundingPeriod() {
        CallEventsFixture calls = new CallEventsFixture(kafka, codec);
        FundingApi api = new FundingApi(port);
        String late = UUID.randomUUID().toString();
        String onTime = UUID.randomUUID().toString();
        calls.send(late, submittedDaysAgo(late, 5, 2));
        calls.send(onTime, submittedDaysAgo(onTime, 5, 30));
        api.awaitAgreementOf(late);
        api.awaitAgreementOf(onTime);

        check.run();
        check.run();

        try (EventProbe events = EventProbe.fromBeginning("coop.funding.events")) {
            CoFundingOverdue overdue = events.await(CoFundingOverdue.class, e -> e.getCallId().equals(late));
            assertThat(overdue.getSidesShort()).containsExactly("EU", "JP");
            assertThat(overdue.getMeta().getCorrelationId()).isEqualTo("corr-" + late);
            assertThat(events.events(CoFundingOverdue.class, e -> e.getCallId().equals(late))).hasSize(1);
            assertThat(events.events(CoFundingOverdue.class, e -> e.getCallId().equals(onTime))).isEmpty();
        }
        assertThat(api.get("/api/agreements/" + Agreement.idFor(late))).containsEntry("fundingOverdue", true);
    }

    /** Submitted so many days ago with its own funding period. */
    private static CallSubmittedForFunding submittedDaysAgo(String callId, int daysAgo, int periodDays) {
        CallSubmittedForFunding submitted = CallEventsFixture.submitted(callId);
        EventMeta meta = EventMeta.newBuilder(submitted.getMeta())
                .setOccurredAt(Instant.now().minus(Duration.ofDays(daysAgo))).build();
        return CallSubmittedForFunding.newBuilder(submitted).setMeta(meta).setFundingPeriodDays(periodDays).build();
    }
}
