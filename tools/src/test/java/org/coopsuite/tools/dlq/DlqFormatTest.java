package org.coopsuite.tools.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DlqFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SUMMARY = """
            {"id":"5f0c6a1e-8d0b-4a51-9a57-3c1b7d9e2f10","group":"call-service","topic":"coop.funding.events",
             "aggregateId":"agr-7","reason":"NotFoundException: Call no-such-call not found","transient":false,
             "parkedAt":"2026-12-03T14:02:11.120Z","events":2,"state":"PARKED","outcome":null}""";

    private static final String DETAIL = """
            {"id":"5f0c6a1e-8d0b-4a51-9a57-3c1b7d9e2f10","group":"call-service","topic":"coop.funding.events",
             "aggregateId":"agr-7","reason":"NotFoundException: Call no-such-call not found","transient":false,
             "parkedAt":"2026-12-03T14:02:11.120Z","state":"EVICTED",
             "events":[{"topic":"coop.funding.events","partition":3,"offset":41,"eventId":"ev-1",
                        "eventType":"CoFundingSecured","aggregateVersion":4,"parkedAt":"2026-12-03T14:02:11.120Z",
                        "headers":{"traceparent":"00-abc-def-01"}},
                       {"topic":"coop.funding.events","partition":3,"offset":44,"eventId":"ev-2",
                        "eventType":"AgreementAmended","aggregateVersion":5,"parkedAt":"2026-12-03T14:02:12.001Z",
                        "headers":{}}],
             "stack":"org.coopsuite.platform.domain.NotFoundException: Call no-such-call not found\\n\\tat Some.frame(Some.java:1)",
             "outcome":{"by":"olga","at":"2026-12-03T15:00:00Z","reason":"the call was deleted"}}""";

    @Test
    void listsSequencesInAlignedColumnsUnderAHeader() {
        List<String> lines = DlqFormat.table(List.of(new DlqFormat.Row("call-service", json(SUMMARY))));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("SERVICE       SEQUENCE").contains("AGGREGATE", "EVENTS", "REASON");
        assertThat(lines.get(1)).startsWith("call-service  5f0c6a1e-8d0b-4a51-9a57-3c1b7d9e2f10")
                .contains("coop.funding.events", "agr-7", "PARKED", "NotFoundException: Call no-such-call not found");
        assertThat(lines.get(0).indexOf("AGGREGATE")).isEqualTo(lines.get(1).indexOf("agr-7"));
    }

    @Test
    void saysSoWhenNothingIsParked() {
        assertThat(DlqFormat.table(List.of())).containsExactly("no parked sequence");
    }

    @Test
    void cutsALongReasonAndMarksATransientOne() {
        String longReason = "MongoTimeoutException: " + "x".repeat(100);
        String line = DlqFormat.table(List.of(new DlqFormat.Row("funding-service",
                json(SUMMARY.replace("NotFoundException: Call no-such-call not found", longReason)
                        .replace("\"transient\":false", "\"transient\":true"))))).get(1);

        assertThat(line).contains("(transient) MongoTimeoutException: xxx").endsWith("...");
        assertThat(DlqFormat.shorten(longReason)).hasSize(DlqFormat.REASON_WIDTH);
    }

    @Test
    void showsASequenceWithItsEventsInOrderItsEndAndItsStack() {
        List<String> lines = DlqFormat.detail("call-service", json(DETAIL));

        assertThat(lines).contains("sequence   5f0c6a1e-8d0b-4a51-9a57-3c1b7d9e2f10", "state      EVICTED",
                "ended      2026-12-03T15:00:00Z by olga: the call was deleted", "stack of the first failure:");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("1  3          41      4        CoFundingSecured"));
        assertThat(String.join("\n", lines)).containsSubsequence("CoFundingSecured", "AgreementAmended",
                "  org.coopsuite.platform.domain.NotFoundException", "  \tat Some.frame");
    }

    @Test
    void showsWhatRetriesDidAndAnEviction() {
        List<String> lines = DlqFormat.outcomes("call-service", List.of(
                json("{\"id\":\"s-1\",\"applied\":3,\"parkedAgain\":false,\"reason\":null}"),
                json("{\"id\":\"s-2\",\"applied\":0,\"parkedAgain\":true,\"reason\":\"InvalidCommandException: bad\"}")));

        assertThat(lines).containsExactly("SERVICE       SEQUENCE  APPLIED  RESULT", "call-service  s-1       3        done",
                "call-service  s-2       0        parked again: InvalidCommandException: bad");
        assertThat(DlqFormat.evicted("call-service", json(DETAIL))).isEqualTo(
                "evicted 5f0c6a1e-8d0b-4a51-9a57-3c1b7d9e2f10 of call-service (agr-7, 2 events) by olga: the call was deleted");
        assertThat(DlqFormat.evicted("dialogue-service", json("{\"id\":\"s-3\",\"aggregateId\":\"c-1\",\"events\":[{}],"
                + "\"outcome\":{\"by\":\"olga\",\"reason\":\"sent on purpose\"}}")))
                .isEqualTo("evicted s-3 of dialogue-service (c-1, 1 event) by olga: sent on purpose");
    }

    @Test
    void aJsonLineNamesTheServiceFirst() {
        assertThat(DlqFormat.jsonLine("call-service", json("{\"id\":\"s-1\",\"events\":2}")))
                .isEqualTo("{\"service\":\"call-service\",\"id\":\"s-1\",\"events\":2}");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
