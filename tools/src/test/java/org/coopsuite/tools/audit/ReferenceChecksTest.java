package org.coopsuite.tools.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ReferenceChecksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EU = "\"EU\":{\"name\":\"European Commission\",\"programme\":\"Horizon Europe\","
            + "\"currency\":\"EUR\",\"decimals\":2,\"agencies\":[\"ERCEA\",\"REA\"]}";
    private static final String KR = "\"KR\":{\"name\":\"MSIT\",\"programme\":\"Global R&D\",\"currency\":\"KRW\","
            + "\"decimals\":0,\"agencies\":[\"NRF\"]}";
    private static final String LISTS = "\"strategicAreas\":[\"CLIMATE_CHANGE\",\"SMART_CITIES\"],"
            + "\"globalChallenges\":[\"PANDEMICS\"]";

    private final Map<String, JsonNode> services = new LinkedHashMap<>();

    @Test
    void threeServicesWithTheSameReferenceDataAreClean() {
        serve("call-service", "{\"sides\":{" + EU + "," + KR + "}," + LISTS + "}");
        serve("funding-service", "{\"sides\":{" + KR + "," + EU + "}," + LISTS + "}");
        serve("dialogue-service", "{\"sides\":{" + EU + "," + KR + "}," + LISTS + "}");

        assertThat(ReferenceChecks.compare(services)).isEmpty();
    }

    @Test
    void aSideOneServiceDoesNotKnowIsNamedWithTheServicesOnEachHand() {
        serve("call-service", "{\"sides\":{" + EU + "," + KR + "}," + LISTS + "}");
        serve("funding-service", "{\"sides\":{" + EU + "," + KR + "}," + LISTS + "}");
        serve("dialogue-service", "{\"sides\":{" + EU + "}," + LISTS + "}");

        assertThat(ReferenceChecks.compare(services)).extracting(Violation::check, Violation::aggregate, Violation::detail)
                .containsExactly(tuple("reference-data", "side KR",
                        "in call-service, funding-service; not in dialogue-service"));
    }

    @Test
    void aSideWithAnotherCurrencyOrOtherAgenciesInOneServiceNamesTheFieldAndTheValues() {
        serve("call-service", "{\"sides\":{" + EU + "," + KR + "}," + LISTS + "}");
        serve("funding-service", "{\"sides\":{" + EU + "," + KR.replace("KRW", "USD").replace("\"decimals\":0",
                "\"decimals\":2") + "}," + LISTS + "}");
        serve("dialogue-service", "{\"sides\":{" + EU.replace("[\"ERCEA\",\"REA\"]", "[\"REA\"]") + "," + KR + "},"
                + LISTS + "}");

        assertThat(ReferenceChecks.compare(services)).extracting(Violation::aggregate, Violation::detail).containsExactly(
                tuple("side EU",
                        "agencies differs: [\"ERCEA\",\"REA\"] in call-service, funding-service; [\"REA\"] in dialogue-service"),
                tuple("side KR",
                        "currency differs: \"KRW\" in call-service, dialogue-service; \"USD\" in funding-service"),
                tuple("side KR",
                        "decimals differs: 0 in call-service, dialogue-service; 2 in funding-service"));
    }

    @Test
    void aStrategicAreaOrGlobalChallengeMissingInOneServiceIsNamed() {
        serve("call-service", "{\"sides\":{" + EU + "}," + LISTS + "}");
        serve("funding-service", "{\"sides\":{" + EU + "},\"strategicAreas\":[\"CLIMATE_CHANGE\"],"
                + "\"globalChallenges\":[\"PANDEMICS\",\"AGEING_SOCIETIES\"]}");
        serve("dialogue-service", "{\"sides\":{" + EU + "}," + LISTS + "}");

        assertThat(ReferenceChecks.compare(services)).extracting(Violation::aggregate, Violation::detail).containsExactly(
                tuple("strategic area SMART_CITIES",
                        "in call-service, dialogue-service; not in funding-service"),
                tuple("global challenge AGEING_SOCIETIES",
                        "in funding-service; not in call-service, dialogue-service"));
    }

    private void serve(String service, String body) {
        try {
            services.put(service, JSON.readTree(body));
        } catch (Exception e) {
            throw new IllegalArgumentException(body, e);
        }
    }

}
