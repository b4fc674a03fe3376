package org.coopsuite.tools.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coopsuite.tools.tail.DecodedEvent;
import org.coopsuite.tools.tail.EventDecoder;
import org.coopsuite.tools.trace.TraceQuery.Kind;
import org.junit.jupiter.api.Test;

class TraceQueryTest {

    private static final EventDecoder DECODER = EventDecoder.ofPublishedSchemas();

    private final CooperationThread thread = new CooperationThread("query");
    private final TraceQuery call = new TraceQuery(Kind.CALL, thread.callId);

    @Test
    void selectsTheCallsOwnEventsAndThoseNamingItAtAnyDepth() {
        assertThat(call.selects(decoded(thread.drafted))).as("its own").isTrue();
        assertThat(call.selects(decoded(thread.decision))).as("the mandate's callId, nested").isTrue();
        assertThat(call.selects(decoded(thread.grant))).as("an agreement's event naming it").isTrue();
        assertThat(call.selects(decoded(thread.agendaItem))).as("no callId field: found through its correlation").isFalse();
        assertThat(new TraceQuery(Kind.CALL, "call-other").selects(decoded(thread.decision))).isFalse();
    }

    @Test
    void selectsADialoguesEventsAndTheCallItMandated() {
        TraceQuery dialogue = new TraceQuery(Kind.DIALOGUE, thread.dialogueId);

        assertThat(dialogue.selects(decoded(thread.decision))).isTrue();
        assertThat(dialogue.selects(decoded(thread.drafted))).as("the mandate reference's dialogueId").isTrue();
        assertThat(dialogue.selects(decoded(thread.grant))).isFalse();
        assertThat(dialogue.widens()).isTrue();
    }

    @Test
    void selectsACorrelationsEventsWithoutWidening() {
        TraceQuery correlation = new TraceQuery(Kind.CORRELATION, thread.correlationId);

        assertThat(thread.events()).allSatisfy(e -> assertThat(correlation.selects(decoded(e))).isTrue());
        assertThat(correlation.widens()).isFalse();
        assertThat(correlation.label()).isEqualTo("correlation " + thread.correlationId);
    }

    @Test
    void judgesAnUndecodableRecordByItsKeyOrItsCorrelationHeader() {
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("coop.call.events", 0, 0L,
                thread.callId.getBytes(StandardCharsets.UTF_8), new byte[] {1, 2});
        record.headers().add("coop-correlation-id", thread.correlationId.getBytes(StandardCharsets.UTF_8));

        assertThat(call.selectsUndecodable(record)).isTrue();
        assertThat(new TraceQuery(Kind.CORRELATION, thread.correlationId).selectsUndecodable(record)).isTrue();
        assertThat(new TraceQuery(Kind.DIALOGUE, thread.dialogueId).selectsUndecodable(record)).isFalse();
    }

    private static DecodedEvent decoded(SpecificRecord event) {
        return DECODER.decode(CooperationThread.bytes(event));
    }
}
