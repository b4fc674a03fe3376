package org.coopsuite.tools.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.dialogue.DialogueOpened;
import org.coopsuite.tools.tail.EventDecoder;
import org.coopsuite.tools.trace.CausalOrder.Step;
import org.junit.jupiter.api.Test;

class CausalOrderTest {

    private static final EventDecoder DECODER = EventDecoder.ofPublishedSchemas();

    private final CooperationThread thread = new CooperationThread("order");

    @Test
    void putsEachEventAfterItsCauseWhateverTheClocksAndTheTopicsSay() {
        List<Step> steps = CausalOrder.of(events(thread.publishingOrder()));

        assertThat(steps).extracting(s -> s.event().eventId().orElseThrow())
                .containsExactlyElementsOf(thread.events().stream().map(CooperationThread::id).toList());
    }

    @Test
    void givesEachEffectItsCauseAndADepthOneBelowIt() {
        List<Step> steps = CausalOrder.of(events(thread.publishingOrder()));

        assertThat(steps).filteredOn(s -> s.event().type().equals("CallDrafted")).singleElement().satisfies(s -> {
            assertThat(s.depth()).isEqualTo(1);
            assertThat(s.cause()).map(TraceEvent::type).contains("DecisionRecorded");
        });
        assertThat(steps).filteredOn(s -> s.event().type().equals("CallOpened")).singleElement()
                .satisfies(s -> assertThat(s.cause()).map(TraceEvent::type).contains("CoFundingSecured"));
        assertThat(steps).filteredOn(s -> s.cause().isEmpty()).extracting(s -> s.event().type()).containsExactly(
                "DecisionRecorded", "CallSubmittedForFunding", "FundingCommitted", "FundingCommitted",
                "CoFundingSecured", "CallResultsPublished");
        assertThat(steps).allSatisfy(s -> assertThat(s.depth()).isEqualTo(s.cause().isPresent() ? 1 : 0));
    }

    @Test
    void ordersTheEventsOfOneCommandAtTheSameInstantByTheirAggregatesVersion() {
        List<SpecificRecord> reversed = new ArrayList<>(List.of(thread.secured, thread.jpCommitted));

        assertThat(CausalOrder.of(events(reversed))).extracting(s -> s.event().version().orElseThrow())
                .containsExactly(3L, 4L);
    }

    @Test
    void nestsAChainOfCausesDeeperAndDeeper() {
        DialogueOpened third = opened("e3", CooperationThread.id(thread.drafted));

        List<Step> steps = CausalOrder.of(events(List.of(third, thread.drafted, thread.decision)));

        assertThat(steps).extracting(Step::depth).containsExactly(0, 1, 2);
        assertThat(steps).extracting(s -> s.event().type()).containsExactly("DecisionRecorded", "CallDrafted", "DialogueOpened");
    }

    @Test
    void takesTheNextThreadWhenItsTimeComesAfterTheEffectsOfTheEarlierOne() {
        List<Step> steps = CausalOrder.of(events(List.of(thread.agendaItem, thread.opened, thread.results, thread.submitted)));

        assertThat(steps).extracting(Step::depth).containsExactly(0, 1, 0, 1);
        assertThat(steps).extracting(s -> s.event().type())
                .containsExactly("CallSubmittedForFunding", "AgreementOpened", "CallResultsPublished", "AgendaItemAdded");
    }

    @Test
    void keepsAnUndecodableRecordInItsPlaceByTime() {
        List<TraceEvent> events = new ArrayList<>(events(List.of(thread.decision, thread.drafted)));
        events.add(TraceEvent.undecodable(new ConsumerRecord<>("coop.call.events", 0, 99L, 0L,
                TimestampType.CREATE_TIME, 0, 0, thread.callId.getBytes(StandardCharsets.UTF_8),
                "broken".getBytes(StandardCharsets.UTF_8), new RecordHeaders(),
                Optional.empty()), "not Avro"));

        List<Step> steps = CausalOrder.of(events);

        assertThat(steps).extracting(s -> s.event().type())
                .containsExactly("(undecodable)", "DecisionRecorded", "CallDrafted");
    }

    @Test
    void showsEventsWhoseCausesLoopAtTheEndRatherThanDroppingThem() {
        DialogueOpened first = opened("e1", "e2");
        DialogueOpened second = opened("e2", "e1");

        List<Step> steps = CausalOrder.of(events(List.of(first, second)));

        assertThat(steps).hasSize(2).extracting(s -> s.event().eventId().orElseThrow()).containsExactlyInAnyOrder("e1", "e2");
    }

    private DialogueOpened opened(String eventId, String causationId) {
        EventMeta decision = CooperationThread.meta(thread.decision);
        return DialogueOpened.newBuilder().setMeta(EventMeta.newBuilder().setEventId(eventId).setEventType("DialogueOpened")
                .setAggregateType("Dialogue").setAggregateId(thread.dialogueId).setAggregateVersion(4)
                .setOccurredAt(decision.getOccurredAt()).setCorrelationId(decision.getCorrelationId())
                .setCausationId(causationId).setProducer("dialogue-service").build())
                .setDialogueId(thread.dialogueId).build();
    }

    /** Each event as the record it is on its topic, offsets in the order given. */
    static List<TraceEvent> events(List<? extends SpecificRecord> events) {
        List<TraceEvent> records = new ArrayList<>();
        long offset = 0;
        for (SpecificRecord event : events) {
            byte[] value = CooperationThread.bytes(event);
            String key = CooperationThread.meta(event).getAggregateId();
            ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>(CooperationThread.topic(event), 0, offset++,
                    key.getBytes(StandardCharsets.UTF_8), value);
            records.add(TraceEvent.of(record, DECODER.decode(value)));
        }
        return records;
    }
}
