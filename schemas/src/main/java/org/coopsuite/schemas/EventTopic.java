package org.coopsuite.schemas;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.call.CallCancelled;
import org.coopsuite.schemas.call.CallClosed;
import org.coopsuite.schemas.call.CallDrafted;
import org.coopsuite.schemas.call.CallEvaluationStarted;
import org.coopsuite.schemas.call.CallOpened;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.call.CallSubmittedForFunding;
import org.coopsuite.schemas.call.CallUpdated;
import org.coopsuite.schemas.call.PanelAppointed;
import org.coopsuite.schemas.call.ExpertAssigned;
import org.coopsuite.schemas.call.IndividualEvaluationSubmitted;
import org.coopsuite.schemas.call.ConsensusReached;
import org.coopsuite.schemas.call.PanelTiesOrdered;
import org.coopsuite.schemas.call.CallResultsProposed;
import org.coopsuite.schemas.call.CallResultsApproved;
import org.coopsuite.schemas.call.CallResultsReturned;
import org.coopsuite.schemas.call.SideSelectionDecided;
import org.coopsuite.schemas.call.RedressRequested;
import org.coopsuite.schemas.call.RedressDecided;
import org.coopsuite.schemas.call.CallReserveExtended;
import org.coopsuite.schemas.call.ProposalDeclaredEligible;
import org.coopsuite.schemas.call.ProposalDeclaredIneligible;
import org.coopsuite.schemas.call.ProposalEvaluated;
import org.coopsuite.schemas.call.ProposalSubmitted;
import org.coopsuite.schemas.call.ProposalWithdrawn;
import org.coopsuite.schemas.dialogue.ActionItemAssigned;
import org.coopsuite.schemas.dialogue.ActionItemCompleted;
import org.coopsuite.schemas.dialogue.ActionItemOverdue;
import org.coopsuite.schemas.dialogue.AgendaItemAdded;
import org.coopsuite.schemas.dialogue.ConsultationEscalated;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.coopsuite.schemas.dialogue.DialogueCancelled;
import org.coopsuite.schemas.dialogue.DialogueConcluded;
import org.coopsuite.schemas.dialogue.DialogueDateConfirmed;
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
import org.coopsuite.schemas.funding.FundingMechanismChosen;
import org.coopsuite.schemas.funding.AgreementChangeConsented;
import org.coopsuite.schemas.funding.FundingShortfallDetected;
import org.coopsuite.schemas.funding.FundingShortfallResolved;
import org.coopsuite.schemas.funding.FundingToppedUp;
import org.coopsuite.schemas.funding.FundingWithdrawn;
import org.coopsuite.schemas.funding.GrantAllocated;
import org.coopsuite.schemas.funding.ReserveProposalAdded;

/**
 * The event topics of the suite: for each, the Kafka topic name, the aggregates whose events it
 * carries, what keys its records (so what one consumer sees in order), and the generated Avro
 * classes of the events published on it.
 * A new event is added here as well as in {@code src/main/avro}; a test checks that every
 * event schema is listed on exactly one topic.
 */
public enum EventTopic {

    /** Dialogues, agenda items, decisions, action items; published by dialogue-service. */
    DIALOGUE("coop.dialogue.events", "Dialogue", null,
            List.of(DialogueScheduled.class, DialoguePostponed.class, DialogueRescheduled.class, DialogueOpened.class,
                    DecisionRecorded.class, DialogueConcluded.class, DialogueCancelled.class, MinutesApproved.class,
                    MinutesAdopted.class, ActionItemAssigned.class, ActionItemCompleted.class,
                    ActionItemOverdue.class, AgendaItemAdded.class, ConsultationEscalated.class,
                    DialogueDateConfirmed.class)),

    /**
     * Calls and their proposals, evaluations, results; published by call-service. A proposal is its
     * own aggregate, but keyed by its call, so that a consumer sees a call and its proposals in order.
     */
    CALL("coop.call.events", "Call or Proposal", "callId",
            List.of(CallDrafted.class, CallUpdated.class, CallSubmittedForFunding.class, CallOpened.class,
                    CallClosed.class, CallEvaluationStarted.class, CallCancelled.class, CallResultsPublished.class,
                    ProposalSubmitted.class, ProposalDeclaredEligible.class, ProposalDeclaredIneligible.class,
                    ProposalWithdrawn.class, ProposalEvaluated.class, PanelAppointed.class, ExpertAssigned.class,
                    IndividualEvaluationSubmitted.class, ConsensusReached.class, PanelTiesOrdered.class,
                    CallResultsProposed.class, CallResultsApproved.class, CallResultsReturned.class,
                    SideSelectionDecided.class, RedressRequested.class, RedressDecided.class,
                    CallReserveExtended.class)),

    /** Co-funding agreements, commitments, allocations, shortfalls; published by funding-service. */
    FUNDING("coop.funding.events", "Agreement", null,
            List.of(AgreementOpened.class, FundingMechanismChosen.class, FundingCommitted.class,
                    FundingToppedUp.class, FundingWithdrawn.class, CoFundingSecured.class, CoFundingOverdue.class,
                    GrantAllocated.class,
                    FundingShortfallDetected.class, FundingShortfallResolved.class, AllocationCompleted.class,
                    AgreementClosed.class, AgreementLapsed.class, ReserveProposalAdded.class, AgreementChangeConsented.class));

    private final String topic;
    private final String aggregateType;
    private final String keyField;
    private final List<Class<? extends SpecificRecord>> eventTypes;

    EventTopic(String topic, String aggregateType, String keyField, List<Class<? extends SpecificRecord>> eventTypes) {
        this.topic = topic;
        this.aggregateType = aggregateType;
        this.keyField = keyField;
        this.eventTypes = eventTypes;
    }

    /** The Kafka topic name, e.g. {@code coop.call.events}. */
    public String topic() {
        return topic;
    }

    /** The aggregate types whose events the topic carries, e.g. {@code Call or Proposal}. */
    public String aggregateType() {
        return aggregateType;
    }

    /** What keys the topic's records, in words: e.g. {@code callId} for the call topic, {@code Agreement id}. */
    public String keyDescription() {
        return keyField != null ? "`" + keyField + "`" : aggregateType + " id";
    }

    /**
     * The record key of an event of this topic: the field the topic is keyed by (the call topic:
     * {@code callId}, for proposals' events too), else the id of the event's aggregate.
     *
     * @throws IllegalArgumentException if the event is not one of this topic's
     */
    public String keyOf(SpecificRecord event) {
        if (!eventTypes.contains(event.getClass())) {
            throw new IllegalArgumentException(event.getClass().getSimpleName() + " is not an event of " + topic);
        }
        if (keyField == null) {
            return EventCodec.meta(event).getAggregateId();
        }
        return String.valueOf(event.get(event.getSchema().getField(keyField).pos()));
    }

    /** The generated classes of the events published on this topic, in catalogue order. */
    public List<Class<? extends SpecificRecord>> eventTypes() {
        return eventTypes;
    }

    /** The topic an event class is published on, if it is an event of the suite. */
    public static Optional<EventTopic> of(Class<?> eventType) {
        return Arrays.stream(values()).filter(t -> t.eventTypes.contains(eventType)).findFirst();
    }

    /** The topic with this Kafka name, if it is one of the suite's event topics. */
    public static Optional<EventTopic> named(String topic) {
        return Arrays.stream(values()).filter(t -> t.topic.equals(topic)).findFirst();
    }
}
