package org.coopsuite.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.apache.avro.Schema;
import org.coopsuite.schemas.call.ProposalWithdrawn;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.funding.AgreementClosed;
import org.junit.jupiter.api.Test;

/** What keys each topic's records: the call topic by call, proposals' events included; the others by aggregate. */
class EventTopicKeyTest {

    @Test
    void keysAProposalsEventByItsCallSoThatACallAndItsProposalsShareAPartition() {
        ProposalWithdrawn withdrawn = ProposalWithdrawn.newBuilder().setMeta(meta("ProposalWithdrawn", "Proposal", "p-1"))
                .setProposalId("p-1").setCallId("call-1").build();

        assertThat(EventTopic.CALL.keyOf(withdrawn)).isEqualTo("call-1");
        assertThat(EventTopic.CALL.keyDescription()).isEqualTo("`callId`");
    }

    @Test
    void keysTheOtherTopicsByTheEventsAggregate() {
        AgreementClosed closed = AgreementClosed.newBuilder().setMeta(meta("AgreementClosed", "Agreement", "ag-1"))
                .setAgreementId("ag-1").setCallId("call-1").build();

        assertThat(EventTopic.FUNDING.keyOf(closed)).isEqualTo("ag-1");
        assertThatThrownBy(() -> EventTopic.DIALOGUE.keyOf(closed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coop.dialogue.events");
    }

    @Test
    void everyEventOfTheCallTopicHasTheCallIdItIsKeyedBy() {
        List<String> withoutCallId = EventTopic.CALL.eventTypes().stream()
                .filter(type -> schemaOf(type).getField("callId") == null
                        || schemaOf(type).getField("callId").schema().getType() != Schema.Type.STRING)
                .map(Class::getSimpleName).toList();

        assertThat(withoutCallId).isEmpty();
    }

    private static Schema schemaOf(Class<?> type) {
        try {
            return (Schema) type.getField("SCHEMA$").get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static EventMeta meta(String type, String aggregateType, String aggregateId) {
        return EventMeta.newBuilder().setEventId("e-1").setEventType(type).setOccurredAt(Instant.parse("2026-12-03T10:00:00Z"))
                .setAggregateType(aggregateType).setAggregateId(aggregateId).setAggregateVersion(2)
                .setCorrelationId("c-1").setProducer("test").build();
    }
}
