package org.coopsuite.call.funding;

import java.util.Map;

import org.coopsuite.platform.projection.Projector;
import org.springframework.stereotype.Component;

/** The funding outcome of each proposal of a call, as the funding projection has it. */
@Component
public class FundingOutcomes {

    private final Projector projector;
    private final FundingProjection projection;

    FundingOutcomes(Projector projector, FundingProjection projection) {
        this.projector = projector;
        this.projection = projection;
    }

    /** By proposal id: only the proposals funding-service granted something or found short. */
    public Map<String, ProposalFunding> ofCall(String callId) {
        return projector.find(projection, callId).map(view -> Map.copyOf(view.getProposals())).orElse(Map.of());
    }
}
