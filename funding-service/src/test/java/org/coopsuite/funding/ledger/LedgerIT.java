package org.coopsuite.funding.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.funding.agreement.AgreementStory;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.funding.FundingShortfallResolved;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The ledger as the service builds it from its own events on the broker: what the API shows, and
 * that rebuilding it from the events on the topic gives the very same ledger.
 */
@ServiceIntegrationTest
class LedgerIT {

    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;
    @Autowired
    MongoTemplate mongo;
    @LocalServerPort
    int port;

    @Test
    void equalsTheSumOfTheEventsBehindItAndShowsItPerSideAndArea() {
        AgreementStory story = new AgreementStory(kafka, codec, port, UUID.randomUUID().toString());
        story.allocatedWithAShortfallThenToppedUp();

        LedgerView stored = await().until(() -> mongo.findById(story.agreementId(), LedgerView.class,
                LedgerProjection.COLLECTION), view -> view != null && view.getSides().get("JP").openShortfalls() == 0
                && "ALLOCATED".equals(view.getState()) && view.getSides().get("JP").remaining().signum() == 0);

        try (EventProbe events = EventProbe.fromBeginning("coop.funding.events")) {
            events.await(FundingShortfallResolved.class, e -> e.getAgreementId().equals(story.agreementId()));
            List<SpecificRecord> history = events.events(SpecificRecord.class,
                    e -> org.coopsuite.schemas.codec.EventCodec.meta(e).getAggregateId().equals(story.agreementId()));
            LedgerProjection projection = new LedgerProjection();
            LedgerView rebuilt = projection.newView(story.agreementId());
            history.forEach(event -> projection.apply(rebuilt, event));
            assertThat(rebuilt.getSides()).isEqualTo(stored.getSides());
            assertThat(rebuilt.getState()).isEqualTo(stored.getState());
        }
        assertThat(stored.getSides().get("EU").allocated()).isEqualByComparingTo("1000000.00");
        assertThat(stored.getSides().get("JP").committed()).isEqualByComparingTo("115000000");

        Map<String, Object> report = story.api().get("/api/ledger?area=CLIMATE_CHANGE&side=JP&size=100");
        assertThat((List<Map<String, Object>>) report.get("items")).anySatisfy(entry -> {
            assertThat(entry).containsEntry("agreementId", story.agreementId()).containsEntry("side", "JP");
            assertThat((Map<String, Object>) entry.get("amounts")).containsEntry("allocated", "115000000")
                    .containsEntry("remaining", "0").containsEntry("currency", "JPY");
        });
        assertThat((Map<String, Object>) report.get("perSide")).containsOnlyKeys("JP");
        assertThat((Map<String, Object>) report.get("perArea")).containsKey("CLIMATE_CHANGE");
        assertThat(story.api().getEntity("/api/ledger?size=101").getStatusCode().value()).isEqualTo(400);
    }
}
