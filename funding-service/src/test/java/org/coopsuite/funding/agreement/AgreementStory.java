package org.coopsuite.funding.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coopsuite.funding.agreement.CallEventsFixture.ranked;
import static org.coopsuite.funding.agreement.FundingApi.EU_OFFICER;
import static org.coopsuite.funding.agreement.FundingApi.JP_OFFICER;
import static org.coopsuite.funding.agreement.FundingApi.commitmentOf;

import java.util.List;
import java.util.Map;

import org.coopsuite.schemas.codec.EventCodec;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A call's co-funding played through the running service, for integration tests of what is built
 * from it: submitted, secured with exactly the indicative budgets (EU 1,000,000.00 EUR, JP
 * 100,000,000 JPY), results with a JP shortfall of 10,000,000 on p-2, then a JP top-up of
 * 15,000,000 that resolves it and funds the reserve proposal r-1.
 */
public final class AgreementStory {

    private final CallEventsFixture calls;
    private final FundingApi api;
    private final String callId;

    public AgreementStory(KafkaTemplate<byte[], byte[]> kafka, EventCodec codec, int port, String callId) {
        this.calls = new CallEventsFixture(kafka, codec);
        this.api = new FundingApi(port);
        this.callId = callId;
    }

    public String agreementId() {
        return Agreement.idFor(callId);
    }

    public FundingApi api() {
        return api;
    }

    /** @return the agreement as the top-up's answer shows it */
    public Map<String, Object> allocatedWithAShortfallThenToppedUp() {
        calls.send(callId, CallEventsFixture.submitted(callId));
        api.awaitAgreementOf(callId);
        api.commit(agreementId(), EU_OFFICER, "EU", "REA", "1000000.00", "EUR");
        Map<String, Object> secured = api.commit(agreementId(), JP_OFFICER, "JP", "JST", "100000000", "JPY").getBody();
        assertThat(secured).containsEntry("state", "SECURED");
        calls.send(callId, CallEventsFixture.results(callId, List.of(
                ranked("p-1", 1, "EU:TU Delft:400000.00", "EU:Inria:200000.00", "JP:Kyoto:60000000", "US:MIT:self"),
                ranked("p-2", 2, "EU:KTH:300000.00", "JP:Osaka:50000000")),
                List.of(ranked("r-1", 3, "EU:Lund:100000.00", "JP:Keio:5000000"))));
        await().until(() -> api.get("/api/agreements/" + agreementId()).get("state"), "ALLOCATED"::equals);
        return api.topUp(agreementId(), commitmentOf(secured, "JP"), JP_OFFICER, 15000000, "JPY").getBody();
    }
}
