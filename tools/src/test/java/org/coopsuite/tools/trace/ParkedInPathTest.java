package org.coopsuite.tools.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.coopsuite.tools.suite.ParkedSequences.Parked;
import org.junit.jupiter.api.Test;

class ParkedInPathTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void givenSequencesInThePath_thenEachIsALineWithItsIdGroupEventsAndReason() throws Exception {
        JsonNode decoding = JSON.readTree("""
                {"id":"819ea40a","group":"funding-service-agreements","topic":"coop.call.events","aggregateId":"c-1",
                 "reason":"EventDecodingException: Not Avro","transient":false,"events":1,"state":"PARKED"}""");
        JsonNode mongo = JSON.readTree("""
                {"id":"f1e55597","group":"funding-service","topic":"coop.call.events","aggregateId":"c-1",
                 "reason":"MongoTimeoutException","transient":true,"events":3,"state":"PARKED"}""");
        ParkedInPath.InPath inPath = new ParkedInPath.InPath("funding-service", parked(5), List.of(decoding, mongo));

        assertThat(inPath.text()).isEqualTo("2 in its path (of 5 parked in all):");
        assertThat(inPath.items()).containsExactly(
                "819ea40a  funding-service-agreements on coop.call.events, 1 event: EventDecodingException: Not Avro",
                "f1e55597  funding-service on coop.call.events, 3 events, transient: MongoTimeoutException");
    }

    @Test
    void givenAnItemOfAnotherShape_thenItIsShownAsItsJson_andNoneInThePathSaysHowManyInAll() throws Exception {
        JsonNode odd = JSON.readTree("{\"sequence\":\"c-1\"}");

        assertThat(new ParkedInPath.InPath("call-service", parked(1), List.of(odd)).items())
                .containsExactly("{\"sequence\":\"c-1\"}");
        assertThat(new ParkedInPath.InPath("call-service", parked(0), List.of()).text()).isEqualTo("none (0 parked in all)");
    }

    private static Parked parked(long count) {
        return new Parked(count, null);
    }
}
