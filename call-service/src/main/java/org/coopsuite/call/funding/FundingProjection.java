package org.coopsuite.call.funding;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.projection.Projection;
import org.coopsuite.schemas.funding.CoFundingSecured;
import org.coopsuite.schemas.funding.FundingCommitted;
import org.coopsuite.schemas.funding.FundingToppedUp;
import org.coopsuite.schemas.funding.FundingShortfallDetected;
import org.coopsuite.schemas.funding.FundingShortfallResolved;
import org.coopsuite.schemas.funding.FundingWithdrawn;
import org.coopsuite.schemas.funding.GrantAllocated;
import org.springframework.stereotype.Component;

/**
 * Builds {@link FundingView}s from {@code coop.funding.events}: one per call. A side's budget is
 * what {@code CoFundingSecured} says it secured, then the {@code sideCommitted} of each later
 * top-up or withdrawal of that side. Each proposal's grants ({@code GrantAllocated}) and short
 * sides ({@code FundingShortfallDetected}, until {@code FundingShortfallResolved}) give its outcome.
 */
@Component
public class FundingProjection implements Projection<FundingView> {

    public static final String COLLECTION = "fundingViews";

    @Override
    public String collection() {
        return COLLECTION;
    }

    @Override
    public Class<FundingView> viewType() {
        return FundingView.class;
    }

    /** By call: one agreement funds one call, so the agreement's versions stay contiguous in it. */
    @Override
    public String viewId(SpecificRecord event) {
        var field = event.getSchema().getField("callId");
        return field == null ? null : String.valueOf(event.get(field.pos()));
    }

    @Override
    public FundingView newView(String id) {
        return new FundingView(id);
    }

    @Override
    public void apply(FundingView view, SpecificRecord event) {
        if (event instanceof CoFundingSecured e) {
            view.secured(e.getAgreementId(), Money.fromEvent(e.getSecured()));
        } else if (event instanceof FundingCommitted e) {
            view.committed(e.getAgreementId(), e.getSide(), Money.fromEvent(e.getSideCommitted()));
        } else if (event instanceof FundingToppedUp e) {
            view.committed(e.getAgreementId(), e.getSide(), Money.fromEvent(e.getSideCommitted()));
        } else if (event instanceof FundingWithdrawn e) {
            view.committed(e.getAgreementId(), e.getSide(), Money.fromEvent(e.getSideCommitted()));
        } else if (event instanceof GrantAllocated e) {
            view.granted(e.getProposalId(), e.getSide(), Money.fromEvent(e.getAmount()), e.getFromReserve());
        } else if (event instanceof FundingShortfallDetected e) {
            view.shortOf(e.getProposalId(), e.getSide(), true);
        } else if (event instanceof FundingShortfallResolved e) {
            view.shortOf(e.getProposalId(), e.getSide(), false);
        }
    }
}
