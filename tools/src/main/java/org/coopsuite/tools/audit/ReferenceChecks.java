package org.coopsuite.tools.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.coopsuite.tools.suite.Service;
import org.coopsuite.tools.suite.ServiceApi;
import org.coopsuite.tools.suite.ServiceApi.Answer;
import org.coopsuite.tools.suite.SuiteOptions.Bearer;

/**
 * Check {@value #REFERENCE}: the three services run with the same reference data. Each reads the
 * platform's defaults and may override them; a side one service knows and another does not makes
 * the other park every event naming it. Compares each service's {@code GET /api/reference} entry
 * by entry: each side (present, and its name, programme, currency, decimals and agencies), each
 * strategic area, each global challenge, naming the entry and which services hold which value.
 */
final class ReferenceChecks {

    static final String REFERENCE = "reference-data";
    private static final List<String> SIDE_FIELDS = List.of("name", "programme", "currency", "decimals", "agencies");

    private ReferenceChecks() {
    }

    /** Asks every service for its reference data, then compares what came back. */
    static List<Violation> of(ServiceApi api, List<Service> services, Bearer bearer) throws InterruptedException {
        List<Violation> violations = new ArrayList<>();
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (Service service : services) {
            Answer answer = api.get(service.apiUrl() + "/api/reference", bearer.token());
            Optional<JsonNode> body = answer.ok() ? answer.json() : Optional.empty();
            if (body.isPresent()) {
                answers.put(service.name(), body.get());
            } else {
                violations.add(Violation.of(REFERENCE, service.name(), "could not be asked: " + answer.failure()));
            }
        }
        violations.addAll(compare(answers));
        return violations;
    }

    /** @param byService each service's {@code /api/reference} answer, by service name */
    static List<Violation> compare(Map<String, JsonNode> byService) {
        List<Violation> violations = new ArrayList<>();
        TreeSet<String> sides = new TreeSet<>();
        byService.values().forEach(body -> body.path("sides").fieldNames().forEachRemaining(sides::add));
        for (String side : sides) {
            Map<String, JsonNode> holders = new LinkedHashMap<>();
            byService.forEach((service, body) -> Optional.ofNullable(body.path("sides").get(side))
                    .ifPresent(found -> holders.put(service, found)));
            presence("side " + side, byService, holders.keySet()).ifPresent(violations::add);
            for (String field : SIDE_FIELDS) {
                differing("side " + side, field, holders, node -> node.path(field).toString()).ifPresent(violations::add);
            }
        }
        violations.addAll(entries("strategic area", "strategicAreas", byService));
        violations.addAll(entries("global challenge", "globalChallenges", byService));
        return violations;
    }

    private static List<Violation> entries(String what, String field, Map<String, JsonNode> byService) {
        TreeSet<String> all = new TreeSet<>();
        byService.values().forEach(body -> body.path(field).forEach(entry -> all.add(entry.asText())));
        List<Violation> violations = new ArrayList<>();
        for (String entry : all) {
            List<String> holders = byService.entrySet().stream()
                    .filter(e -> listed(e.getValue().path(field), entry)).map(Map.Entry::getKey).toList();
            presence(what + " " + entry, byService, holders).ifPresent(violations::add);
        }
        return violations;
    }

    private static boolean listed(JsonNode list, String entry) {
        for (JsonNode item : list) {
            if (item.asText().equals(entry)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Violation> presence(String entry, Map<String, JsonNode> byService,
            Collection<String> holders) {
        if (holders.size() == byService.size()) {
            return Optional.empty();
        }
        List<String> missing = byService.keySet().stream().filter(service -> !holders.contains(service)).toList();
        return Optional.of(Violation.of(REFERENCE, entry, "in " + String.join(", ", holders) + "; not in "
                + String.join(", ", missing)));
    }

    private static Optional<Violation> differing(String entry, String field, Map<String, JsonNode> holders,
            Function<JsonNode, String> value) {
        Map<String, List<String>> servicesByValue = holders.entrySet().stream().collect(Collectors.groupingBy(
                e -> value.apply(e.getValue()), LinkedHashMap::new, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        if (servicesByValue.size() <= 1) {
            return Optional.empty();
        }
        String detail = servicesByValue.entrySet().stream()
                .map(e -> e.getKey() + " in " + String.join(", ", e.getValue())).collect(Collectors.joining("; "));
        return Optional.of(Violation.of(REFERENCE, entry, field + " differs: " + detail));
    }
}
