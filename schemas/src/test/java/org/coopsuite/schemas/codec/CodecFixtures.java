package org.coopsuite.schemas.codec;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
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
import org.coopsuite.schemas.call.EligibilityRules;
import org.coopsuite.schemas.call.Partner;
import org.coopsuite.schemas.call.PartnerRole;
import org.coopsuite.schemas.call.ProposalDeclaredEligible;
import org.coopsuite.schemas.call.ProposalDeclaredIneligible;
import org.coopsuite.schemas.call.ProposalEvaluated;
import org.coopsuite.schemas.call.ProposalSubmitted;
import org.coopsuite.schemas.call.ProposalWithdrawn;
import org.coopsuite.schemas.call.RankedProposal;
import org.coopsuite.schemas.call.TwinnedProject;
import org.coopsuite.schemas.call.MandateReference;
import org.coopsuite.schemas.common.CallModality;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.common.SideAmount;
import org.coopsuite.schemas.dialogue.ActionItemAssigned;
import org.coopsuite.schemas.dialogue.ActionItemCompleted;
import org.coopsuite.schemas.dialogue.ActionItemOverdue;
import org.coopsuite.schemas.dialogue.AgendaItemAdded;
import org.coopsuite.schemas.dialogue.ConsultationEscalated;
import org.coopsuite.schemas.dialogue.DialogueDateConfirmed;
import org.coopsuite.schemas.dialogue.EventSource;
import org.coopsuite.schemas.dialogue.ProgrammeLine;
import org.coopsuite.schemas.dialogue.Synergy;
import org.coopsuite.schemas.dialogue.CallMandate;
import org.coopsuite.schemas.dialogue.CoChair;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.coopsuite.schemas.dialogue.DialogueCancelled;
import org.coopsuite.schemas.dialogue.DialogueConcluded;
import org.coopsuite.schemas.dialogue.DialogueOpened;
import org.coopsuite.schemas.dialogue.DialoguePostponed;
import org.coopsuite.schemas.dialogue.DialogueRescheduled;
import org.coopsuite.schemas.dialogue.DialogueScheduled;
import org.coopsuite.schemas.dialogue.MinutesAdopted;
import org.coopsuite.schemas.dialogue.MinutesApproved;
import org.coopsuite.schemas.funding.AgreementClosed;
import org.coopsuite.schemas.funding.AgreementLapsed;
import org.coopsuite.schemas.funding.AgreementOpened;
import org.coopsuite.schemas.funding.AllocationCompleted;
import org.coopsuite.schemas.funding.CoFundingOverdue;
import org.coopsuite.schemas.funding.CoFundingSecured;
import org.coopsuite.schemas.funding.FundingCommitted;
import org.coopsuite.schemas.funding.FundingMechanism;
import org.coopsuite.schemas.funding.AgreementChange;
import org.coopsuite.schemas.funding.AgreementChangeConsented;
import org.coopsuite.schemas.funding.FundingMechanismChosen;
import org.coopsuite.schemas.funding.FundingShortfallDetected;
import org.coopsuite.schemas.funding.FundingShortfallResolved;
import org.coopsuite.schemas.funding.FundingToppedUp;
import org.coopsuite.schemas.funding.FundingWithdrawn;
import org.coopsuite.schemas.funding.GrantAllocated;
import org.coopsuite.schemas.funding.PartnerAllocation;

/** One filled-in event of every type the suite publishes, for the codec's tests. */
final class CodecFixtures {

    private CodecFixtures() {
    }

    /**
     * Every event type of every topic, each once, using only its v1 fields; a new event type needs a fixture here.
     */
    static List<SpecificRecord> oneOfEachType() {
        List<SpecificRecord> all = new java.util.ArrayList<>(firstEvents());
        all.addAll(EvaluationCodecFixtures.oneOfEachType());
        return all;
    }

    private static List<SpecificRecord> firstEvents() {
        return List.of(dialogueScheduled(), dialoguePostponed(), dialogueRescheduled(), dialogueOpened(),
                callMandateDecided(), dialogueConcluded(), dialogueCancelled(), minutesApproved(), minutesAdopted(),
                actionItemAssigned(), actionItemCompleted(), actionItemOverdue(), agendaItemAdded(),
                consultationEscalated(), dialogueDateConfirmed(),
                callDrafted(), callUpdated(), callSubmittedForFunding(), callOpened(), callClosed(),
                callEvaluationStarted(), callCancelled(), callResultsPublished(), proposalSubmitted(),
                proposalDeclaredEligible(), proposalDeclaredIneligible(), proposalWithdrawn(), proposalEvaluated(),
                agreementOpened(), fundingMechanismChosen(), fundingCommitted(), fundingToppedUp(), fundingWithdrawn(),
                coFundingSecured(), coFundingOverdue(), grantAllocated(), fundingShortfallDetected(), fundingShortfallResolved(),
                allocationCompleted(), agreementClosed(), agreementLapsed(), agreementChangeConsented());
    }

    static DialogueScheduled dialogueScheduled() {
        return DialogueScheduled.newBuilder().setMeta(meta("DialogueScheduled", "Dialogue", "dlg-1", 1))
                .setDialogueId("dlg-1").setTitle("5th EU-Japan Joint Committee").setLevel(DialogueLevel.JOINT_COMMITTEE)
                .setDate(LocalDate.of(2027, 3, 1)).setParticipatingSides(List.of("EU", "JP"))
                .setCoChairs(List.of(coChair("EU", "Anna Schmidt"), coChair("JP", "Kenji Sato")))
                .build();
    }

    static DialogueOpened dialogueOpened() {
        return DialogueOpened.newBuilder().setMeta(meta("DialogueOpened", "Dialogue", "dlg-1", 2))
                .setDialogueId("dlg-1").build();
    }

    static DialoguePostponed dialoguePostponed() {
        return DialoguePostponed.newBuilder().setMeta(meta("DialoguePostponed", "Dialogue", "dlg-1", 2))
                .setDialogueId("dlg-1").setReason("The venue is unavailable.").build();
    }

    static DialogueRescheduled dialogueRescheduled() {
        return DialogueRescheduled.newBuilder().setMeta(meta("DialogueRescheduled", "Dialogue", "dlg-1", 3))
                .setDialogueId("dlg-1").setDate(LocalDate.of(2027, 4, 15)).build();
    }

    static DialogueConcluded dialogueConcluded() {
        return DialogueConcluded.newBuilder().setMeta(meta("DialogueConcluded", "Dialogue", "dlg-1", 4))
                .setDialogueId("dlg-1").build();
    }

    static DialogueCancelled dialogueCancelled() {
        return DialogueCancelled.newBuilder().setMeta(meta("DialogueCancelled", "Dialogue", "dlg-2", 2))
                .setDialogueId("dlg-2").setReason("Superseded by a high-level consultation.").build();
    }

    static MinutesApproved minutesApproved() {
        return MinutesApproved.newBuilder().setMeta(meta("MinutesApproved", "Dialogue", "dlg-1", 5))
                .setDialogueId("dlg-1").setSide("EU").build();
    }

    static MinutesAdopted minutesAdopted() {
        return MinutesAdopted.newBuilder().setMeta(meta("MinutesAdopted", "Dialogue", "dlg-1", 7))
                .setDialogueId("dlg-1").build();
    }

    static ActionItemAssigned actionItemAssigned() {
        return ActionItemAssigned.newBuilder().setMeta(meta("ActionItemAssigned", "Dialogue", "dlg-1", 4))
                .setDialogueId("dlg-1").setActionItemId("act-1").setOwnerSide("JP")
                .setDescription("Circulate the draft call text.").setDueDate(LocalDate.of(2027, 2, 1)).build();
    }

    static ActionItemCompleted actionItemCompleted() {
        return ActionItemCompleted.newBuilder().setMeta(meta("ActionItemCompleted", "Dialogue", "dlg-1", 6))
                .setDialogueId("dlg-1").setActionItemId("act-1").build();
    }

    static ActionItemOverdue actionItemOverdue() {
        return ActionItemOverdue.newBuilder().setMeta(meta("ActionItemOverdue", "Dialogue", "dlg-1", 5))
                .setDialogueId("dlg-1").setActionItemId("act-1").setOwnerSide("JP")
                .setDueDate(LocalDate.of(2027, 2, 1)).build();
    }

    static DecisionRecorded callMandateDecided() {
        return DecisionRecorded.newBuilder().setMeta(meta("DecisionRecorded", "Dialogue", "dlg-1", 3))
                .setDialogueId("dlg-1").setDecisionId("dec-1").setKind(DecisionKind.CALL_MANDATE)
                .setSummary("Launch a joint call on smart cities.")
                .setMandate(CallMandate.newBuilder().setCallId("call-1").setModality(CallModality.JOINT)
                        .setStrategicArea("CLIMATE_CHANGE").setTopics(List.of("urban heat"))
                        .setIndicativeBudget(budget()).setTargetOpeningDate(LocalDate.of(2027, 6, 1)).build())
                .build();
    }

    static CallDrafted callDrafted() {
        return CallDrafted.newBuilder().setMeta(meta("CallDrafted", "Call", "call-1", 1))
                .setCallId("call-1").setTitle("Smart cities").setModality(CallModality.JOINT)
                .setParticipatingSides(List.of("EU", "JP")).setStrategicAreas(List.of("CLIMATE_CHANGE"))
                .setTopics(List.of("urban heat")).setIndicativeBudget(budget()).setTargetOpeningDate(null)
                .setMandate(MandateReference.newBuilder().setDialogueId("dlg-1").setDecisionId("dec-1").build())
                .build();
    }

    static AgendaItemAdded agendaItemAdded() {
        return AgendaItemAdded.newBuilder().setMeta(meta("AgendaItemAdded", "Dialogue", "dlg-1", 2))
                .setDialogueId("dlg-1").setAgendaItemId("item-1").setTitle("Funding shortfall on call-1")
                .setSource(shortfallSource()).setEscalated(false).build();
    }

    static ConsultationEscalated consultationEscalated() {
        return ConsultationEscalated.newBuilder().setMeta(meta("ConsultationEscalated", "Dialogue", "dlg-9", 1))
                .setDialogueId("dlg-9").setLevel(DialogueLevel.HIGH_LEVEL).setFromLevel(DialogueLevel.JOINT_COMMITTEE)
                .setSource(shortfallSource()).setConsultationScheduled(true).build();
    }

    static DialogueDateConfirmed dialogueDateConfirmed() {
        return DialogueDateConfirmed.newBuilder().setMeta(meta("DialogueDateConfirmed", "Dialogue", "dlg-9", 2))
                .setDialogueId("dlg-9").setDate(LocalDate.of(2027, 9, 1)).build();
    }

    static DecisionRecorded synergyIdentified() {
        return DecisionRecorded.newBuilder().setMeta(meta("DecisionRecorded", "Dialogue", "dlg-1", 4))
                .setDialogueId("dlg-1").setDecisionId("dec-2").setKind(DecisionKind.SYNERGY_IDENTIFIED)
                .setSummary("Pair the cities mission with Moonshot goal 4.")
                .setSynergy(Synergy.newBuilder()
                        .setFirst(ProgrammeLine.newBuilder().setSide("EU").setProgramme("Horizon Europe")
                                .setLine("Mission Climate-Neutral Cities").build())
                        .setSecond(ProgrammeLine.newBuilder().setSide("JP").setProgramme("Moonshot")
                                .setLine("Goal 4").build())
                        .build())
                .build();
    }

    private static EventSource shortfallSource() {
        return EventSource.newBuilder().setEventId("event-FundingShortfallDetected")
                .setEventType("FundingShortfallDetected").setAggregateId("agr-1").setSubjectId("sf-1").build();
    }

    static CallUpdated callUpdated() {
        return CallUpdated.newBuilder().setMeta(meta("CallUpdated", "Call", "call-1", 2)).setCallId("call-1")
                .setTitle("Smart cities").setTopics(List.of("urban heat")).setStrategicAreas(List.of("CLIMATE_CHANGE"))
                .setTimeline(timeline()).setIndicativeBudget(budget()).setEligibility(eligibility())
                .setClimateCoefficient(40).build();
    }

    static CallSubmittedForFunding callSubmittedForFunding() {
        return CallSubmittedForFunding.newBuilder().setMeta(meta("CallSubmittedForFunding", "Call", "call-1", 3))
                .setCallId("call-1").setTitle("Smart cities").setModality(CallModality.JOINT)
                .setParticipatingSides(List.of("EU", "JP")).setStrategicAreas(List.of("CLIMATE_CHANGE"))
                .setIndicativeBudget(budget()).setTimeline(timeline()).setClimateCoefficient(40).build();
    }

    static CallOpened callOpened() {
        return CallOpened.newBuilder().setMeta(meta("CallOpened", "Call", "call-1", 4)).setCallId("call-1")
                .setOpenedOn(LocalDate.of(2027, 3, 1)).setDeadline(LocalDate.of(2027, 6, 1)).build();
    }

    static CallClosed callClosed() {
        return CallClosed.newBuilder().setMeta(meta("CallClosed", "Call", "call-1", 5)).setCallId("call-1")
                .setClosure(CallClosure.DEADLINE).setClosedOn(LocalDate.of(2027, 6, 2)).build();
    }

    static CallEvaluationStarted callEvaluationStarted() {
        return CallEvaluationStarted.newBuilder().setMeta(meta("CallEvaluationStarted", "Call", "call-1", 6))
                .setCallId("call-1").setEligibleProposals(12).build();
    }

    static CallCancelled callCancelled() {
        return CallCancelled.newBuilder().setMeta(meta("CallCancelled", "Call", "call-2", 3)).setCallId("call-2")
                .setReason("Merged into call-1.").setPreviousState("AWAITING_FUNDING").build();
    }

    static CallResultsPublished callResultsPublished() {
        RankedProposal ranked = RankedProposal.newBuilder().setProposalId("prop-1").setAcronym("HEATWISE").setRank(1)
                .setTotal("13.5").setConsortium(consortium()).setRequestedPerSide(budget())
                .setOpenAccessStatement("All data under CC BY 4.0.").build();
        return CallResultsPublished.newBuilder().setMeta(meta("CallResultsPublished", "Call", "call-1", 7))
                .setCallId("call-1").setParticipatingSides(List.of("EU", "JP"))
                .setStrategicAreas(List.of("CLIMATE_CHANGE")).setClimateCoefficient(40).setSelected(List.of(ranked))
                .setReserve(List.of()).setRejected(List.of("prop-3")).setSelectedPerSide(budget()).build();
    }

    static ProposalSubmitted proposalSubmitted() {
        return ProposalSubmitted.newBuilder().setMeta(meta("ProposalSubmitted", "Proposal", "prop-1", 1))
                .setProposalId("prop-1").setCallId("call-1").setAcronym("HEATWISE").setTitle("Urban heat foresight")
                .setConsortium(consortium()).setOpenAccessStatement("All data under CC BY 4.0.")
                .setTwinnedProjects(List.of(TwinnedProject.newBuilder().setSide("EU").setProjectReference("101000001")
                        .build()))
                .build();
    }

    static ProposalDeclaredEligible proposalDeclaredEligible() {
        return ProposalDeclaredEligible.newBuilder().setMeta(meta("ProposalDeclaredEligible", "Proposal", "prop-1", 2))
                .setProposalId("prop-1").setCallId("call-1").build();
    }

    static ProposalDeclaredIneligible proposalDeclaredIneligible() {
        return ProposalDeclaredIneligible.newBuilder()
                .setMeta(meta("ProposalDeclaredIneligible", "Proposal", "prop-2", 2)).setProposalId("prop-2")
                .setCallId("call-1").setReasons(List.of("No partner from JP.")).build();
    }

    static ProposalWithdrawn proposalWithdrawn() {
        return ProposalWithdrawn.newBuilder().setMeta(meta("ProposalWithdrawn", "Proposal", "prop-4", 3))
                .setProposalId("prop-4").setCallId("call-1").build();
    }

    static ProposalEvaluated proposalEvaluated() {
        return ProposalEvaluated.newBuilder().setMeta(meta("ProposalEvaluated", "Proposal", "prop-1", 3))
                .setProposalId("prop-1").setCallId("call-1").setExcellence("4.5").setImpact("4.5")
                .setImplementation("4.5").setTotal("13.5").setPassedThresholds(true).build();
    }

    private static CallTimeline timeline() {
        return CallTimeline.newBuilder().setOpening(LocalDate.of(2027, 3, 1)).setDeadline(LocalDate.of(2027, 6, 1))
                .setEvaluationEnd(LocalDate.of(2027, 9, 1)).build();
    }

    private static EligibilityRules eligibility() {
        return EligibilityRules.newBuilder().setMinimumPartnersPerSide(1)
                .setRequestCaps(List.of(sideAmount("EU", "1500000.00", "EUR"))).setOpenAccessStatementRequired(true)
                .setSelfFundedPartnersAdmitted(true).build();
    }

    static List<Partner> consortium() {
        return List.of(
                Partner.newBuilder().setOrganisation("TU Delft").setSide("EU").setRole(PartnerRole.COORDINATOR)
                        .setSelfFunded(false).setRequested(money("1000000.00", "EUR")).build(),
                Partner.newBuilder().setOrganisation("Kyoto University").setSide("JP").setRole(PartnerRole.PARTNER)
                        .setSelfFunded(false).setRequested(money("150000000", "JPY")).build(),
                Partner.newBuilder().setOrganisation("CSIRO").setSide("AU").setRole(PartnerRole.PARTNER)
                        .setSelfFunded(true).setRequested(null).build());
    }

    static AgreementOpened agreementOpened() {
        return AgreementOpened.newBuilder().setMeta(meta("AgreementOpened", "Agreement", "agr-1", 1))
                .setAgreementId("agr-1").setCallId("call-1").setParticipatingSides(List.of("EU", "JP"))
                .setIndicativeBudget(budget()).setStrategicAreas(List.of("CLIMATE_CHANGE")).setClimateCoefficient(40)
                .setMechanism(FundingMechanism.VIRTUAL_COMMON_POT).build();
    }

    static FundingMechanismChosen fundingMechanismChosen() {
        return FundingMechanismChosen.newBuilder().setMeta(meta("FundingMechanismChosen", "Agreement", "agr-1", 2))
                .setAgreementId("agr-1").setCallId("call-1").setMechanism(FundingMechanism.MIXED)
                .setAgreementCurrency("EUR").setPooledSharePercent(30).build();
    }

    static AgreementChangeConsented agreementChangeConsented() {
        return AgreementChangeConsented.newBuilder().setMeta(meta("AgreementChangeConsented", "Agreement", "agr-1", 2))
                .setAgreementId("agr-1").setCallId("call-1").setChange(AgreementChange.MECHANISM).setSide("EU")
                .setAgency("REA").setMechanism(FundingMechanism.MIXED).setAgreementCurrency("EUR").setPooledSharePercent(30)
                .setAwaitingSides(java.util.List.of("JP")).build();
    }

    static FundingCommitted fundingCommitted() {
        return FundingCommitted.newBuilder().setMeta(meta("FundingCommitted", "Agreement", "agr-1", 3))
                .setAgreementId("agr-1").setCallId("call-1").setCommitmentId("cmt-1").setSide("JP").setAgency("JST")
                .setAmount(money("2000000000", "JPY")).setCommittedOn(LocalDate.of(2027, 1, 10))
                .setRateToAgreementCurrency("0.0062").setSideCommitted(money("2000000000", "JPY")).build();
    }

    static FundingToppedUp fundingToppedUp() {
        return FundingToppedUp.newBuilder().setMeta(meta("FundingToppedUp", "Agreement", "agr-1", 9))
                .setAgreementId("agr-1").setCallId("call-1").setCommitmentId("cmt-1").setSide("JP").setAgency("JST")
                .setAdded(money("100000000", "JPY")).setToppedUpOn(LocalDate.of(2027, 10, 1))
                .setRateToAgreementCurrency(null).setSideCommitted(money("2100000000", "JPY")).build();
    }

    static FundingWithdrawn fundingWithdrawn() {
        return FundingWithdrawn.newBuilder().setMeta(meta("FundingWithdrawn", "Agreement", "agr-1", 4))
                .setAgreementId("agr-1").setCallId("call-1").setCommitmentId("cmt-1").setSide("JP").setAgency("JST")
                .setWithdrawn(money("50000000", "JPY")).setWithdrawnOn(LocalDate.of(2027, 1, 20))
                .setSideCommitted(money("1950000000", "JPY")).build();
    }

    static CoFundingSecured coFundingSecured() {
        return CoFundingSecured.newBuilder().setMeta(meta("CoFundingSecured", "Agreement", "agr-1", 5))
                .setAgreementId("agr-1").setCallId("call-1").setSecured(budget())
                .setMechanism(FundingMechanism.VIRTUAL_COMMON_POT).build();
    }

    static CoFundingOverdue coFundingOverdue() {
        return CoFundingOverdue.newBuilder().setMeta(meta("CoFundingOverdue", "Agreement", "agr-1", 3))
                .setAgreementId("agr-1").setCallId("call-1").setDueOn(java.time.LocalDate.of(2027, 3, 1))
                .setSidesShort(List.of("JP")).setStrategicAreas(List.of("CLIMATE_CHANGE")).build();
    }

    static GrantAllocated grantAllocated() {
        return GrantAllocated.newBuilder().setMeta(meta("GrantAllocated", "Agreement", "agr-1", 6))
                .setAgreementId("agr-1").setCallId("call-1").setProposalId("prop-1").setSide("EU")
                .setAmount(money("1000000.00", "EUR"))
                .setPartners(List.of(PartnerAllocation.newBuilder().setOrganisation("TU Delft")
                        .setAmount(money("1000000.00", "EUR")).build()))
                .setFromReserve(false).setStrategicAreas(List.of("CLIMATE_CHANGE")).setClimateCoefficient(40).build();
    }

    static FundingShortfallDetected fundingShortfallDetected() {
        return FundingShortfallDetected.newBuilder().setMeta(meta("FundingShortfallDetected", "Agreement", "agr-1", 7))
                .setAgreementId("agr-1").setCallId("call-1").setShortfallId("agr-1/prop-2/JP").setProposalId("prop-2")
                .setSide("JP").setMissing(money("30000000", "JPY")).setStrategicAreas(List.of("CLIMATE_CHANGE"))
                .build();
    }

    static FundingShortfallResolved fundingShortfallResolved() {
        return FundingShortfallResolved.newBuilder()
                .setMeta(meta("FundingShortfallResolved", "Agreement", "agr-1", 10)).setAgreementId("agr-1")
                .setCallId("call-1").setShortfallId("agr-1/prop-2/JP").setProposalId("prop-2").setSide("JP").build();
    }

    static AllocationCompleted allocationCompleted() {
        return AllocationCompleted.newBuilder().setMeta(meta("AllocationCompleted", "Agreement", "agr-1", 8))
                .setAgreementId("agr-1").setCallId("call-1").setAllocatedPerSide(budget()).setGrants(2)
                .setShortfalls(1).build();
    }

    static AgreementClosed agreementClosed() {
        return AgreementClosed.newBuilder().setMeta(meta("AgreementClosed", "Agreement", "agr-1", 11))
                .setAgreementId("agr-1").setCallId("call-1").build();
    }

    static AgreementLapsed agreementLapsed() {
        return AgreementLapsed.newBuilder().setMeta(meta("AgreementLapsed", "Agreement", "agr-2", 2))
                .setAgreementId("agr-2").setCallId("call-2").setReason("Merged into call-1.").build();
    }

    static Money money(String amount, String currency) {
        return Money.newBuilder().setAmount(amount).setCurrency(currency).build();
    }

    static List<SideAmount> budget() {
        return List.of(sideAmount("EU", "15000000.00", "EUR"), sideAmount("JP", "2000000000", "JPY"));
    }

    private static SideAmount sideAmount(String side, String amount, String currency) {
        return SideAmount.newBuilder().setSide(side)
                .setAmount(money(amount, currency)).build();
    }

    private static CoChair coChair(String side, String name) {
        return CoChair.newBuilder().setSide(side).setName(name).build();
    }

    static EventMeta meta(String eventType, String aggregateType, String aggregateId, long version) {
        return EventMeta.newBuilder().setEventId("event-" + eventType).setEventType(eventType)
                .setAggregateType(aggregateType).setAggregateId(aggregateId).setAggregateVersion(version)
                .setOccurredAt(Instant.parse("2026-11-25T09:30:00Z")).setCorrelationId("corr-1")
                .setCausationId("cause-1").setProducer("test").build();
    }
}
