package org.coopsuite.call.funding;

import java.util.Map;
import java.util.Optional;

import org.coopsuite.call.call.SecuredFunding;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.projection.Projector;
import org.springframework.stereotype.Component;

/** The calls' secured budgets, as the funding projection has them. */
@Component
class FundingViews implements SecuredFunding {

    private final Projector projector;
    private final FundingProjection projection;

    FundingViews(Projector projector, FundingProjection projection) {
        this.projector = projector;
        this.projection = projection;
    }

    @Override
    public Optional<Map<String, Money>> securedBudget(String callId) {
        return projector.find(projection, callId).filter(FundingView::isSecured).map(v -> Map.copyOf(v.getCommitted()));
    }
}
