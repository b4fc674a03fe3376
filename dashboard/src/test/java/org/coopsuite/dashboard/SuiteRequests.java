package org.coopsuite.dashboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.test.ServiceProcess;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The browser tests' own requests to the services: what they drive, and the answers a page must show. */
final class SuiteRequests {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    private SuiteRequests() {
    }

    static Map<String, Object> get(ServiceProcess service, String token, String path) {
        return service.http().get().uri(path).header(HttpHeaders.AUTHORIZATION, token).retrieve().body(JSON);
    }

    /** POSTs a JSON body (an empty object for null); the answer's body, if any. */
    static Map<String, Object> post(ServiceProcess service, String token, String path, Object body) {
        return service.http().post().uri(path).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body(body == null ? Map.of() : body).retrieve().body(JSON);
    }

    /** A joint EU-JP call in climate change, drafted by the EU's programme officer, opening in ten days. */
    static String drafted(BrowserSuite suite, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        LocalDate opening = LocalDate.now().plusDays(10);
        body.put("modality", "JOINT");
        body.put("participatingSides", List.of("EU", "JP"));
        body.put("content", Map.of("title", title, "strategicAreas", List.of("CLIMATE_CHANGE"), "topics", List.of("urban heat"),
                "indicativeBudget", Map.of("EU", Map.of("amount", "5000000.00", "currency", "EUR"),
                        "JP", Map.of("amount", "800000000", "currency", "JPY")),
                "timeline", Map.of("opening", opening.toString(), "deadline", opening.plusDays(30).toString(),
                        "evaluationEnd", opening.plusDays(90).toString()),
                "eligibility", Map.of("minimumPartnersPerSide", 1, "openAccessStatementRequired", true,
                        "selfFundedPartnersAdmitted", true),
                "climateCoefficient", 100));
        return (String) post(suite.call, officer(suite), "/api/calls", body).get("id");
    }

    /** {@link #drafted}, then submitted for funding. */
    static String draftedAndSubmitted(BrowserSuite suite, String title) {
        String id = drafted(suite, title);
        post(suite.call, officer(suite), "/api/calls/" + id + "/submission", null);
        return id;
    }

    private static String officer(BrowserSuite suite) {
        return suite.bearer("PROGRAMME_OFFICER", "EU", null);
    }
}
