package org.coopsuite.chaos;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The request bodies of a cooperation, as the end-to-end tests send them: an EU-JP joint call on climate change. */
final class Bodies {

    static final List<String> EXPERTS = List.of("e-eu-1", "e-jp-1", "e-eu-2");
    private static final LocalDate TODAY = LocalDate.now();

    private Bodies() {
    }

    static Map<String, Object> dialogue(String title) {
        return Map.of("title", title, "level", "JOINT_COMMITTEE", "date", TODAY.plusDays(30).toString(),
                "coChairs", List.of(Map.of("side", "EU", "name", "A. Commissioner"), Map.of("side", "JP", "name", "B. Minister")));
    }

    static Map<String, Object> mandate(String name) {
        return Map.of("kind", "CALL_MANDATE", "summary", "A joint call of " + name, "mandate", Map.of(
                "modality", "JOINT", "strategicArea", "CLIMATE_CHANGE", "topics", List.of("Urban heat"),
                "indicativeBudget", budget()));
    }

    static Map<String, Object> content() {
        return Map.of("title", "Climate-resilient cities", "strategicAreas", List.of("CLIMATE_CHANGE"),
                "topics", List.of("Urban heat"), "indicativeBudget", budget(),
                "timeline", Map.of("opening", TODAY.toString(), "deadline", TODAY.plusDays(20).toString(),
                        "evaluationEnd", TODAY.plusDays(40).toString()),
                "eligibility", Map.of("minimumPartnersPerSide", 1, "openAccessStatementRequired", true,
                        "selfFundedPartnersAdmitted", true),
                "climateCoefficient", 40);
    }

    static Map<String, Object> panel() {
        return Map.of("experts", List.of(expert("e-eu-1", "EU", "KU Leuven"), expert("e-jp-1", "JP", "Osaka University"),
                expert("e-eu-2", "EU", "Sorbonne")));
    }

    static Map<String, Object> commitment(String side, String agency, String amount, String currency) {
        return Map.of("side", side, "agency", agency, "amount", money(amount, currency));
    }

    static Map<String, Object> proposal(String acronym, String euRequest, String jpRequest) {
        return Map.of("acronym", acronym, "title", acronym + ": cooler streets",
                "openAccessStatement", "Data and publications open under CC BY 4.0.",
                "consortium", List.of(partner("TU Delft", "EU", "COORDINATOR", euRequest, "EUR"),
                        partner("Kyoto University", "JP", "PARTNER", jpRequest, "JPY")));
    }

    static Map<String, Object> scores(String excellence, String impact, String implementation) {
        return Map.of("excellence", excellence, "impact", impact, "implementation", implementation,
                "comments", "Assessed against the call's criteria.");
    }

    static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    private static Map<String, Object> budget() {
        return Map.of("EU", money("5000000.00", "EUR"), "JP", money("800000000", "JPY"));
    }

    private static Map<String, Object> expert(String id, String side, String organisation) {
        return Map.of("id", id, "side", side, "organisation", organisation);
    }

    private static Map<String, Object> partner(String organisation, String side, String role, String amount, String currency) {
        return Map.of("organisation", organisation, "side", side, "role", role, "requested", money(amount, currency));
    }
}
