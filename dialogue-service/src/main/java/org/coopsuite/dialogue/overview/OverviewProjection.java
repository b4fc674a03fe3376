package org.coopsuite.dialogue.overview;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.projection.Projection;
import org.coopsuite.schemas.call.CallDrafted;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.call.CallStates;
import org.coopsuite.schemas.call.CallSubmittedForFunding;
import org.coopsuite.schemas.call.CallUpdated;
import org.coopsuite.schemas.call.ProposalSubmitted;
import org.coopsuite.schemas.call.RankedProposal;
import org.coopsuite.schemas.funding.AgreementOpened;
import org.coopsuite.schemas.funding.CoFundingOverdue;
import org.coopsuite.schemas.funding.CoFundingSecured;
import org.coopsuite.schemas.funding.FundingCommitted;
import org.coopsuite.schemas.funding.FundingShortfallDetected;
import org.coopsuite.schemas.funding.FundingShortfallResolved;
import org.coopsuite.schemas.funding.FundingToppedUp;
import org.coopsuite.schemas.funding.FundingWithdrawn;
import org.coopsuite.schemas.funding.GrantAllocated;

/**
 * Builds one {@link CallOverview} per call from the call topic (the call and its proposals, every
 * event of which names the call) into {@link CallOverviewProjection}'s collection, and from the funding
 * topic (the call's agreement) into {@link FundingOverviewProjection}'s: two views of the call, each written
 * by one topic's consumer only, so the two never contend for one document; queries put them
 * together. The projector keeps the applied version of each source aggregate in the view, so a
 * redelivered event changes nothing.
 */
abstract class OverviewProjection implements Projection<CallOverview> {

    @Override
    public Class<CallOverview> viewType() {
        return CallOverview.class;
    }

    @Override
    public CallOverview newView(String id) {
        return new CallOverview(id);
    }

    /** The call the event is about; every call, proposal and agreement event names it. */
    @Override
    public String viewId(SpecificRecord event) {
        return event.getSchema().getField("callId") == null ? null : String.valueOf(event.get(event.getSchema()
                .getField("callId").pos()));
    }

    /**
     * Every call event moves the call's state as {@link CallStates} says, once what the event
     * carries besides is read without failing; those that carry more describe the call too.
     */
    @Override
    public void apply(CallOverview view, SpecificRecord event) {
        if (event instanceof CallDrafted e) {
            view.described(e.getTitle(), e.getParticipatingSides(), e.getStrategicAreas(),
                    Money.fromEvent(e.getIndicativeBudget()), e.getClimateCoefficient());
            view.addresses(e.getGlobalChallenges());
        } else if (event instanceof CallUpdated e) {
            view.described(e.getTitle(), List.of(), e.getStrategicAreas(), Money.fromEvent(e.getIndicativeBudget()),
                    e.getClimateCoefficient());
            view.addresses(e.getGlobalChallenges());
        } else if (event instanceof CallSubmittedForFunding e) {
            view.described(e.getTitle(), e.getParticipatingSides(), e.getStrategicAreas(),
                    Money.fromEvent(e.getIndicativeBudget()), e.getClimateCoefficient());
            view.addresses(e.getGlobalChallenges());
        } else if (event instanceof CallResultsPublished e) {
            results(view, e);
        } else if (event instanceof ProposalSubmitted e) {
            view.proposalSubmitted(e.getProposalId());
        } else {
            applyFunding(view, event);
        }
        CallStates.after(event).ifPresent(view::moved);
    }

    private static void applyFunding(CallOverview view, SpecificRecord event) {
        if (event instanceof AgreementOpened e) {
            view.described(null, e.getParticipatingSides(), e.getStrategicAreas(), Money.fromEvent(e.getIndicativeBudget()),
                    e.getClimateCoefficient());
        } else if (event instanceof FundingCommitted e) {
            view.committed(e.getSide(), Money.fromEvent(e.getSideCommitted()));
        } else if (event instanceof FundingToppedUp e) {
            view.committed(e.getSide(), Money.fromEvent(e.getSideCommitted()));
        } else if (event instanceof FundingWithdrawn e) {
            view.committed(e.getSide(), Money.fromEvent(e.getSideCommitted()));
        } else if (event instanceof GrantAllocated e) {
            view.allocated(e.getSide(), Money.fromEvent(e.getAmount()));
            view.granted(e.getProposalId());
        } else if (event instanceof CoFundingSecured) {
            view.fundingSecured();
        } else if (event instanceof CoFundingOverdue) {
            view.fundingOverdue();
        } else if (event instanceof FundingShortfallDetected e) {
            view.shortfall(e.getShortfallId(), true);
        } else if (event instanceof FundingShortfallResolved e) {
            view.shortfall(e.getShortfallId(), false);
        }
    }

    private static void results(CallOverview view, CallResultsPublished results) {
        view.described(null, results.getParticipatingSides(), results.getStrategicAreas(), Map.of(),
                results.getClimateCoefficient());
        List<CallOverview.SelectedProject> projects = results.getSelected().stream().map(OverviewProjection::project)
                .toList();
        List<CallOverview.SelectedProject> reserve = results.getReserve().stream().map(OverviewProjection::project)
                .toList();
        view.resultsPublished(projects, reserve, LocalDate.ofInstant(results.getMeta().getOccurredAt(), ZoneOffset.UTC));
    }

    private static CallOverview.SelectedProject project(RankedProposal proposal) {
        return new CallOverview.SelectedProject(proposal.getProposalId(), proposal.getAcronym(),
                proposal.getOpenAccessStatement(), Money.fromEvent(proposal.getRequestedPerSide()));
    }
}
