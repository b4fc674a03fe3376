package org.coopsuite.call.call;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.call.CallCancelled;
import org.coopsuite.schemas.call.CallClosed;
import org.coopsuite.schemas.call.CallClosure;
import org.coopsuite.schemas.call.CallDrafted;
import org.coopsuite.schemas.call.CallEvaluationStarted;
import org.coopsuite.schemas.call.CallOpened;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.call.CallSubmittedForFunding;
import org.coopsuite.schemas.call.CallTimeline;
import org.coopsuite.schemas.call.CallUpdated;
import org.coopsuite.schemas.call.RankedProposal;
import org.coopsuite.schemas.common.EventMeta;

/** Builds the events of a call's transitions from its values. */
final class CallEvents {

    private CallEvents() {
    }

    static CallDrafted drafted(Call call, EventMeta meta) {
        CallContent content = call.content();
        return CallDrafted.newBuilder().setMeta(meta).setCallId(call.id()).setTitle(content.title())
                .setModality(call.modality()).setParticipatingSides(call.participatingSides())
                .setStrategicAreas(content.strategicAreas()).setTopics(content.topics())
                .setIndicativeBudget(Money.toEvent(content.indicativeBudget()))
                .setTargetOpeningDate(call.targetOpeningDate()).setMandate(mandate(call.mandate()))
                .setTimeline(timeline(content.timeline())).setEligibility(eligibility(content.eligibility()))
                .setClimateCoefficient(content.climateCoefficient()).setGlobalChallenges(content.globalChallenges()).build();
    }

    static CallUpdated updated(Call call, EventMeta meta) {
        CallContent content = call.content();
        return CallUpdated.newBuilder().setMeta(meta).setCallId(call.id()).setTitle(content.title())
                .setTopics(content.topics()).setStrategicAreas(content.strategicAreas())
                .setTimeline(timeline(content.timeline())).setIndicativeBudget(Money.toEvent(content.indicativeBudget()))
                .setEligibility(eligibility(content.eligibility())).setClimateCoefficient(content.climateCoefficient())
                .setGlobalChallenges(content.globalChallenges()).build();
    }

    static CallSubmittedForFunding submittedForFunding(Call call, EventMeta meta) {
        CallContent content = call.content();
        return CallSubmittedForFunding.newBuilder().setMeta(meta).setCallId(call.id()).setTitle(content.title())
                .setModality(call.modality()).setParticipatingSides(call.participatingSides())
                .setStrategicAreas(content.strategicAreas()).setIndicativeBudget(Money.toEvent(content.indicativeBudget()))
                .setTimeline(timeline(content.timeline())).setClimateCoefficient(content.climateCoefficient())
                .setGlobalChallenges(content.globalChallenges()).setFundingPeriodDays(content.fundingPeriodDays())
                .build();
    }

    static CallOpened opened(Call call, LocalDate today, EventMeta meta) {
        return CallOpened.newBuilder().setMeta(meta).setCallId(call.id()).setOpenedOn(today)
                .setDeadline(call.content().timeline().deadline()).build();
    }

    static CallClosed closed(Call call, CallClosure why, LocalDate today, EventMeta meta) {
        return CallClosed.newBuilder().setMeta(meta).setCallId(call.id()).setClosure(why).setClosedOn(today).build();
    }

    static CallEvaluationStarted evaluationStarted(Call call, int eligible, EventMeta meta) {
        return CallEvaluationStarted.newBuilder().setMeta(meta).setCallId(call.id()).setEligibleProposals(eligible)
                .build();
    }

    static CallCancelled cancelled(Call call, String reason, CallState previous, EventMeta meta) {
        return CallCancelled.newBuilder().setMeta(meta).setCallId(call.id()).setReason(reason)
                .setPreviousState(previous.name()).build();
    }

    static CallResultsPublished resultsPublished(Call call, CallResults results, EventMeta meta) {
        return CallResultsPublished.newBuilder().setMeta(meta).setCallId(call.id())
                .setParticipatingSides(call.participatingSides()).setStrategicAreas(call.content().strategicAreas())
                .setClimateCoefficient(call.content().climateCoefficient()).setSelected(results.selected())
                .setReserve(results.reserve()).setRejected(results.rejected())
                .setSelectedPerSide(Money.toEvent(results.selectedPerSide())).build();
    }

    /** The selected and reserve proposals as the call keeps them, best first. */
    static List<ResultEntry> entries(CallResults results) {
        List<ResultEntry> entries = new ArrayList<>();
        results.selected().forEach(p -> entries.add(entry(p, true)));
        results.reserve().forEach(p -> entries.add(entry(p, false)));
        entries.sort(java.util.Comparator.comparingInt(ResultEntry::rank));
        return entries;
    }

    private static ResultEntry entry(RankedProposal proposal, boolean selected) {
        return new ResultEntry(proposal.getProposalId(), proposal.getAcronym(), proposal.getRank(), proposal.getTotal(),
                selected);
    }

    static org.coopsuite.schemas.call.MandateReference mandate(MandateReference mandate) {
        return mandate == null ? null : org.coopsuite.schemas.call.MandateReference.newBuilder()
                .setDialogueId(mandate.dialogueId()).setDecisionId(mandate.decisionId()).build();
    }

    static CallTimeline timeline(Timeline timeline) {
        return timeline == null ? null : CallTimeline.newBuilder().setOpening(timeline.opening())
                .setDeadline(timeline.deadline()).setEvaluationEnd(timeline.evaluationEnd()).build();
    }

    static org.coopsuite.schemas.call.EligibilityRules eligibility(EligibilityRules rules) {
        return rules == null ? null : org.coopsuite.schemas.call.EligibilityRules.newBuilder()
                .setMinimumPartnersPerSide(rules.minimumPartnersPerSide())
                .setRequestCaps(Money.toEvent(rules.requestCaps()))
                .setOpenAccessStatementRequired(rules.openAccessStatementRequired())
                .setSelfFundedPartnersAdmitted(rules.selfFundedPartnersAdmitted()).build();
    }
}
