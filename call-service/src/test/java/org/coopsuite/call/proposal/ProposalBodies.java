package org.coopsuite.call.proposal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Proposal request bodies, as JSON maps. */
final class ProposalBodies {

    private ProposalBodies() {
    }

    static Map<String, Object> proposal(String acronym, String statement, Map<String, Object>... partners) {
        Map<String, Object> body = new HashMap<>();
        body.put("acronym", acronym);
        body.put("title", "Proposal " + acronym);
        body.put("consortium", List.of(partners));
        if (statement != null) {
            body.put("openAccessStatement", statement);
        }
        return body;
    }

    static Map<String, Object> partner(String organisation, String side, String role, String amount, String currency) {
        Map<String, Object> partner = new HashMap<>();
        partner.put("organisation", organisation);
        partner.put("side", side);
        partner.put("role", role);
        if (amount != null) {
            partner.put("requested", Map.of("amount", amount, "currency", currency));
        } else {
            partner.put("selfFunded", true);
        }
        return partner;
    }
}
