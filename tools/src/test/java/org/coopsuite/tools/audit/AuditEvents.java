package org.coopsuite.tools.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.call.CallSubmittedForFunding;
import org.coopsuite.schemas.call.CallTimeline;
import org.coopsuite.schemas.call.RankedProposal;
import org.coopsuite.schemas.common.CallModality;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.common.SideAmount;
import org.coopsuite.schemas.dialogue.DialogueOpened;
import org.coopsuite.schemas.funding.AgreementOpened;
import org.coopsuite.schemas.funding.AllocationCompleted;
import org.coopsuite.schemas.funding.FundingCommitted;
import org.coopsuite.schemas.funding.FundingMechanism;
import org.coopsuite.schemas.funding.FundingShortfallDetected;
import org.coopsuite.schemas.funding.GrantAllocated;

/**
 * A small log for the audit's checks: real generated events, each at its own offset, the version
 * of each aggregate counted up as events are added (or given, to plant a gap or a second event).
 */
final class AuditEvents {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    final List<LoggedEvent> log = new ArrayList<>();

    static EventMeta meta(String type, String aggregateType, String aggregateId, long version) {
        return EventMeta.newBuilder().setEventId(UUID.randomUUID().toString()).setEventType(type)
                .setAggregateType(aggregateType).setAggregateId(aggregateId).setAggregateVersion(version)
                .setOccurredAt(Instant.parse("2026-12-07T00:00:00Z")).setCorrelationId("c-1").setProducer("test").build();
    }

    /** Appends the event at the next offset of its topic's partition 0. */
    LoggedEvent add(String topic, SpecificRecord event) {
        LoggedEvent logged = new LoggedEvent(topic, 0, log.size(), event);
        log.add(logged);
        return logged;
    }

    LoggedEvent dialogueOpened(String dialogueId, long version) {
        return add("coop.dialogue.events", DialogueOpened.newBuilder()
                .setMeta(meta("DialogueOpened", "Dialogue", dialogueId, version)).setDialogueId(dialogueId).build());
    }

    LoggedEvent submitted(String callId, long version) {
        return add("coop.call.events", CallSubmittedForFunding.newBuilder()
                .setMeta(meta("CallSubmittedForFunding", "Call", callId, version)).setCallId(callId).setTitle("A call")
                .setModality(CallModality.JOINT).setParticipatingSides(List.of("EU", "JP"))
                .setStrategicAreas(List.of("CLIMATE_CHANGE")).setIndicativeBudget(List.of(side("EU", "100"), side("JP", "1000")))
                .setTimeline(CallTimeline.newBuilder().setOpening(DAY).setDeadline(DAY.plusDays(20))
                        .setEvaluationEnd(DAY.plusDays(40)).build())
                .setClimateCoefficient(40).build());
    }

    LoggedEvent agreementOpened(String agreementId, String callId, long version) {
        return add("coop.funding.events", AgreementOpened.newBuilder()
                .setMeta(meta("AgreementOpened", "Agreement", agreementId, version)).setAgreementId(agreementId)
                .setCallId(callId).setParticipatingSides(List.of("EU", "JP"))
                .setIndicativeBudget(List.of(side("EU", "100"), side("JP", "1000"))).setStrategicAreas(List.of("CLIMATE_CHANGE"))
                .setClimateCoefficient(40).setMechanism(FundingMechanism.VIRTUAL_COMMON_POT).build());
    }

    LoggedEvent committed(String agreementId, String callId, long version, String side, String amount) {
        return add("coop.funding.events", FundingCommitted.newBuilder()
                .setMeta(meta("FundingCommitted", "Agreement", agreementId, version)).setAgreementId(agreementId)
                .setCallId(callId).setCommitmentId("cm-" + version).setSide(side).setAgency("A-" + side)
                .setAmount(money(side, amount)).setCommittedOn(DAY).setSideCommitted(money(side, amount)).build());
    }

    /** The results: each proposal given as {id, EU request, JP request}; reserve ones after the selected. */
    LoggedEvent results(String callId, long version, List<String[]> selected, List<String[]> reserve) {
        return add("coop.call.events", CallResultsPublished.newBuilder()
                .setMeta(meta("CallResultsPublished", "Call", callId, version)).setCallId(callId)
                .setParticipatingSides(List.of("EU", "JP")).setStrategicAreas(List.of("CLIMATE_CHANGE"))
                .setClimateCoefficient(40).setSelected(ranked(selected, 1)).setReserve(ranked(reserve, selected.size() + 1))
                .setRejected(List.of()).setSelectedPerSide(List.of()).build());
    }

    LoggedEvent granted(String agreementId, String callId, long version, String proposalId, String side, String amount,
            boolean fromReserve) {
        return add("coop.funding.events", GrantAllocated.newBuilder()
                .setMeta(meta("GrantAllocated", "Agreement", agreementId, version)).setAgreementId(agreementId)
                .setCallId(callId).setProposalId(proposalId).setSide(side).setAmount(money(side, amount))
                .setPartners(List.of()).setFromReserve(fromReserve).setStrategicAreas(List.of("CLIMATE_CHANGE"))
                .setClimateCoefficient(40).build());
    }

    LoggedEvent shortOf(String agreementId, String callId, long version, String proposalId, String side) {
        return add("coop.funding.events", FundingShortfallDetected.newBuilder()
                .setMeta(meta("FundingShortfallDetected", "Agreement", agreementId, version)).setAgreementId(agreementId)
                .setCallId(callId).setShortfallId("sf-" + version).setProposalId(proposalId).setSide(side)
                .setMissing(money(side, "1")).setStrategicAreas(List.of("CLIMATE_CHANGE")).build());
    }

    LoggedEvent allocationCompleted(String agreementId, String callId, long version) {
        return add("coop.funding.events", AllocationCompleted.newBuilder()
                .setMeta(meta("AllocationCompleted", "Agreement", agreementId, version)).setAgreementId(agreementId)
                .setCallId(callId).setAllocatedPerSide(List.of()).setGrants(0).setShortfalls(0).build());
    }

    private static List<RankedProposal> ranked(List<String[]> proposals, int firstRank) {
        List<RankedProposal> ranked = new ArrayList<>();
        for (String[] p : proposals) {
            ranked.add(RankedProposal.newBuilder().setProposalId(p[0]).setAcronym(p[0]).setRank(firstRank + ranked.size())
                    .setTotal("12.5").setConsortium(List.of())
                    .setRequestedPerSide(List.of(side("EU", p[1]), side("JP", p[2]))).build());
        }
        return ranked;
    }

    static SideAmount side(String side, String amount) {
        return SideAmount.newBuilder().setSide(side).setAmount(money(side, amount)).build();
    }

    static Money money(String side, String amount) {
        return Money.newBuilder().setAmount(amount).setCurrency(side.equals("EU") ? "EUR" : "JPY").build();
    }
}
