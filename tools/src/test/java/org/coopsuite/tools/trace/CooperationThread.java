package org.coopsuite.tools.trace;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.schemas.call.CallDrafted;
import org.coopsuite.schemas.call.CallOpened;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.call.CallTimeline;
import org.coopsuite.schemas.call.CallSubmittedForFunding;
import org.coopsuite.schemas.call.MandateReference;
import org.coopsuite.schemas.common.CallModality;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.common.SideAmount;
import org.coopsuite.schemas.dialogue.AgendaItemAdded;
import org.coopsuite.schemas.dialogue.CallMandate;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.coopsuite.schemas.dialogue.EventSource;
import org.coopsuite.schemas.funding.AgreementOpened;
import org.coopsuite.schemas.funding.CoFundingSecured;
import org.coopsuite.schemas.funding.FundingCommitted;
import org.coopsuite.schemas.funding.FundingMechanism;
import org.coopsuite.schemas.funding.GrantAllocated;

/**
 * One cooperation thread as the three services publish it, with the suite's correlation and
 * causation ids: a mandate decision, the call it drafts, the agreement, two commitments, the
 * co-funding that opens the call, the results, a grant and the agenda item of the results.
 * call-service's clock runs a second behind dialogue-service's, so the call's drafting has an
 * earlier {@code occurredAt} than the decision that caused it. {@link #events()} lists them in
 * causal order; {@link #publishingOrder()} is the order they are sent in, funding first.
 */
final class CooperationThread {

    private static final Instant T0 = Instant.parse("2026-11-25T09:30:00Z");

    final String correlationId;
    final String dialogueId;
    final String nextCommitteeId;
    final String callId;
    final String agreementId;
    final DecisionRecorded decision;
    final CallDrafted drafted;
    final CallSubmittedForFunding submitted;
    final AgreementOpened opened;
    final FundingCommitted euCommitted;
    final FundingCommitted jpCommitted;
    final CoFundingSecured secured;
    final CallOpened callOpened;
    final CallResultsPublished results;
    final GrantAllocated grant;
    final AgendaItemAdded agendaItem;

    CooperationThread(String run) {
        correlationId = "corr-" + run;
        dialogueId = "dlg-" + run;
        nextCommitteeId = "dlg-next-" + run;
        callId = "call-" + run;
        agreementId = "agr-" + run;
        decision = DecisionRecorded.newBuilder().setMeta(meta("DecisionRecorded", "Dialogue", dialogueId, 3, 0, "request:r1"))
                .setDialogueId(dialogueId).setDecisionId("dec-" + run).setKind(DecisionKind.CALL_MANDATE)
                .setSummary("Launch a joint call").setMandate(CallMandate.newBuilder().setCallId(callId)
                        .setModality(CallModality.JOINT).setStrategicArea("CLIMATE_CHANGE").setTopics(List.of("Adaptation"))
                        .setIndicativeBudget(budget()).build()).build();
        // Built field by field: copying a record (newBuilder(other)) needs Avro's trusted packages, which tools' tests lack.
        drafted = CallDrafted.newBuilder().setMeta(meta("CallDrafted", "Call", callId, 1, -1000, id(decision)))
                .setCallId(callId).setTitle("Climate adaptation").setModality(CallModality.JOINT)
                .setParticipatingSides(List.of("EU", "JP")).setStrategicAreas(List.of("CLIMATE_CHANGE"))
                .setTopics(List.of("Adaptation")).setIndicativeBudget(budget())
                .setMandate(MandateReference.newBuilder().setDialogueId(dialogueId).setDecisionId("dec-" + run).build())
                .build();
        submitted = CallSubmittedForFunding.newBuilder()
                .setMeta(meta("CallSubmittedForFunding", "Call", callId, 2, 10_000, "request:r2")).setCallId(callId)
                .setTitle("Climate adaptation in cities").setModality(CallModality.JOINT)
                .setParticipatingSides(List.of("EU", "JP")).setStrategicAreas(List.of("CLIMATE_CHANGE"))
                .setIndicativeBudget(budget()).setTimeline(CallTimeline.newBuilder().setOpening(LocalDate.of(2027, 1, 15))
                        .setDeadline(LocalDate.of(2027, 4, 15)).setEvaluationEnd(LocalDate.of(2027, 6, 30)).build())
                .setClimateCoefficient(40).build();
        opened = AgreementOpened.newBuilder().setMeta(meta("AgreementOpened", "Agreement", agreementId, 1, 10_100, id(submitted)))
                .setAgreementId(agreementId).setCallId(callId).setParticipatingSides(List.of("EU", "JP"))
                .setIndicativeBudget(budget()).setStrategicAreas(List.of("CLIMATE_CHANGE")).setClimateCoefficient(40)
                .setMechanism(FundingMechanism.VIRTUAL_COMMON_POT).build();
        euCommitted = committed(2, 20_000, "request:r3", "EU", "REA", money("1000000.00", "EUR"));
        jpCommitted = committed(3, 30_000, "request:r4", "JP", "JST", money("100000000", "JPY"));
        secured = CoFundingSecured.newBuilder().setMeta(meta("CoFundingSecured", "Agreement", agreementId, 4, 30_000, "request:r4"))
                .setAgreementId(agreementId).setCallId(callId).setSecured(budget())
                .setMechanism(FundingMechanism.VIRTUAL_COMMON_POT).build();
        callOpened = CallOpened.newBuilder().setMeta(meta("CallOpened", "Call", callId, 3, 29_500, id(secured)))
                .setCallId(callId).setOpenedOn(LocalDate.of(2027, 1, 15)).setDeadline(LocalDate.of(2027, 4, 15)).build();
        results = CallResultsPublished.newBuilder()
                .setMeta(meta("CallResultsPublished", "Call", callId, 4, 60_000, "request:r5")).setCallId(callId)
                .setParticipatingSides(List.of("EU", "JP")).setStrategicAreas(List.of("CLIMATE_CHANGE"))
                .setClimateCoefficient(40).setSelected(List.of()).setReserve(List.of()).setRejected(List.of())
                .setSelectedPerSide(List.of()).build();
        grant = GrantAllocated.newBuilder().setMeta(meta("GrantAllocated", "Agreement", agreementId, 5, 60_200, id(results)))
                .setAgreementId(agreementId).setCallId(callId).setProposalId("prop-" + run).setSide("EU")
                .setAmount(money("1000000.00", "EUR")).setPartners(List.of()).setFromReserve(false)
                .setStrategicAreas(List.of("CLIMATE_CHANGE")).setClimateCoefficient(40).build();
        agendaItem = AgendaItemAdded.newBuilder()
                .setMeta(meta("AgendaItemAdded", "Dialogue", nextCommitteeId, 2, 60_100, id(results)))
                .setDialogueId(nextCommitteeId).setAgendaItemId("item-" + run).setTitle("Results of the joint call")
                .setSource(EventSource.newBuilder().setEventId(id(results)).setEventType("CallResultsPublished")
                        .setAggregateId(callId).setSubjectId(callId).build())
                .setEscalated(false).build();
    }

    /** In causal order, ties by time: the order a trace must print them in. */
    List<SpecificRecord> events() {
        return List.of(decision, drafted, submitted, opened, euCommitted, jpCommitted, secured, callOpened, results,
                agendaItem, grant);
    }

    /** The order they are published in: funding's topic first, so that no topic's order is the answer. */
    List<SpecificRecord> publishingOrder() {
        List<SpecificRecord> order = new ArrayList<>(List.of(grant, secured, jpCommitted, euCommitted, opened));
        order.addAll(List.of(results, callOpened, submitted, drafted, agendaItem, decision));
        return order;
    }

    static String id(SpecificRecord event) {
        return meta(event).getEventId();
    }

    static EventMeta meta(SpecificRecord event) {
        return (EventMeta) event.get(0);
    }

    static String topic(SpecificRecord event) {
        return EventTopic.of(event.getClass()).orElseThrow().topic();
    }

    /** Single-object encoded, as the relay publishes it. */
    static byte[] bytes(SpecificRecord event) {
        try {
            ByteBuffer buffer = (ByteBuffer) event.getClass().getMethod("toByteBuffer").invoke(event);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private FundingCommitted committed(long version, long at, String causation, String side, String agency, Money amount) {
        return FundingCommitted.newBuilder().setMeta(meta("FundingCommitted", "Agreement", agreementId, version, at, causation))
                .setAgreementId(agreementId).setCallId(callId).setCommitmentId("cmt-" + side).setSide(side).setAgency(agency)
                .setAmount(amount).setCommittedOn(LocalDate.of(2026, 11, 25)).setSideCommitted(amount).build();
    }

    private EventMeta meta(String type, String aggregateType, String aggregateId, long version, long millis, String causation) {
        return EventMeta.newBuilder().setEventId(UUID.randomUUID().toString()).setEventType(type)
                .setAggregateType(aggregateType).setAggregateId(aggregateId).setAggregateVersion(version)
                .setOccurredAt(T0.plusMillis(millis)).setCorrelationId(correlationId).setCausationId(causation)
                .setProducer(producer(aggregateType)).build();
    }

    private static String producer(String aggregateType) {
        return switch (aggregateType) {
            case "Dialogue" -> "dialogue-service";
            case "Agreement" -> "funding-service";
            default -> "call-service";
        };
    }

    private static List<SideAmount> budget() {
        return List.of(SideAmount.newBuilder().setSide("EU").setAmount(money("1000000.00", "EUR")).build(),
                SideAmount.newBuilder().setSide("JP").setAmount(money("100000000", "JPY")).build());
    }

    private static Money money(String amount, String currency) {
        return Money.newBuilder().setAmount(amount).setCurrency(currency).build();
    }
}
