package org.coopsuite.platform.test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
import org.coopsuite.schemas.call.ProposalSubmitted;
import org.coopsuite.schemas.call.RankedProposal;
import org.coopsuite.schemas.common.CallModality;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.common.SideAmount;

/**
 * One call's events as call-service publishes them, each one version past the last, for the
 * services that follow calls: an EU-JP joint call in climate change, EU 1,000,000.00 EUR and JP
 * 100,000,000 JPY indicative. A proposal's events have the proposal as their aggregate, as on
 * the real topic.
 * <pre>
 * CallThread call = CallThread.of(callId);
 * send(call.drafted()); send(call.submitted()); send(call.opened()); ... send(call.results(List.of()));
 * </pre>
 */
public final class CallThread {

    public static final String TOPIC = "coop.call.events";

    private final String callId;
    private long version;

    private CallThread(String callId) {
        this.callId = callId;
    }

    public static CallThread of(String callId) {
        return new CallThread(callId);
    }

    public String callId() {
        return callId;
    }

    public CallDrafted drafted() {
        return CallDrafted.newBuilder().setMeta(next("CallDrafted")).setCallId(callId).setTitle("Climate adaptation")
                .setModality(CallModality.JOINT).setParticipatingSides(List.of("EU", "JP"))
                .setStrategicAreas(List.of("CLIMATE_CHANGE")).setTopics(List.of("Adaptation")).setIndicativeBudget(budget())
                .build();
    }

    public CallSubmittedForFunding submitted() {
        return CallSubmittedForFunding.newBuilder().setMeta(next("CallSubmittedForFunding")).setCallId(callId)
                .setTitle("Climate adaptation in cities").setModality(CallModality.JOINT)
                .setParticipatingSides(List.of("EU", "JP")).setStrategicAreas(List.of("CLIMATE_CHANGE"))
                .setIndicativeBudget(budget()).setTimeline(CallTimeline.newBuilder().setOpening(LocalDate.of(2027, 1, 15))
                        .setDeadline(LocalDate.of(2027, 4, 15)).setEvaluationEnd(LocalDate.of(2027, 6, 30)).build())
                .setClimateCoefficient(40).build();
    }

    public CallOpened opened() {
        return CallOpened.newBuilder().setMeta(next("CallOpened")).setCallId(callId).setOpenedOn(LocalDate.of(2027, 1, 15))
                .setDeadline(LocalDate.of(2027, 4, 15)).build();
    }

    public CallClosed closed() {
        return CallClosed.newBuilder().setMeta(next("CallClosed")).setCallId(callId).setClosure(CallClosure.DEADLINE)
                .setClosedOn(LocalDate.of(2027, 4, 16)).build();
    }

    public CallEvaluationStarted evaluationStarted() {
        return CallEvaluationStarted.newBuilder().setMeta(next("CallEvaluationStarted")).setCallId(callId)
                .setEligibleProposals(1).build();
    }

    public CallResultsPublished results(List<RankedProposal> selected) {
        return CallResultsPublished.newBuilder().setMeta(next("CallResultsPublished")).setCallId(callId)
                .setParticipatingSides(List.of("EU", "JP")).setStrategicAreas(List.of("CLIMATE_CHANGE"))
                .setClimateCoefficient(40).setSelected(selected).setReserve(List.of()).setRejected(List.of())
                .setSelectedPerSide(List.of()).build();
    }

    public CallCancelled cancelled(String previousState) {
        return CallCancelled.newBuilder().setMeta(next("CallCancelled")).setCallId(callId)
                .setReason("The sides withdrew the topic.").setPreviousState(previousState).build();
    }

    /** A proposal's first event: its own aggregate at version 1, naming this call. */
    public ProposalSubmitted proposalSubmitted(String proposalId) {
        return ProposalSubmitted.newBuilder().setMeta(meta("ProposalSubmitted", "Proposal", proposalId, 1))
                .setProposalId(proposalId).setCallId(callId).setAcronym("P1").setTitle("A proposal")
                .setConsortium(List.of()).setTwinnedProjects(List.of()).build();
    }

    /** The Kafka key of an event: its aggregate's id. */
    public static String key(SpecificRecord event) {
        return ((EventMeta) event.get(0)).getAggregateId();
    }

    private EventMeta next(String type) {
        return meta(type, "Call", callId, ++version);
    }

    private EventMeta meta(String type, String aggregateType, String aggregateId, long aggregateVersion) {
        return EventMeta.newBuilder().setEventId(UUID.randomUUID().toString()).setEventType(type)
                .setAggregateType(aggregateType).setAggregateId(aggregateId).setAggregateVersion(aggregateVersion)
                .setOccurredAt(Instant.now()).setCorrelationId("corr-" + callId).setProducer("call-service").build();
    }

    private static List<SideAmount> budget() {
        return List.of(side("EU", "1000000.00", "EUR"), side("JP", "100000000", "JPY"));
    }

    private static SideAmount side(String side, String amount, String currency) {
        return SideAmount.newBuilder().setSide(side).setAmount(Money.newBuilder().setAmount(amount).setCurrency(currency)
                .build()).build();
    }
}
