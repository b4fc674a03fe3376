package org.coopsuite.call.call;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.AggregateRoot;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.call.CallDrafted;
import org.coopsuite.schemas.common.CallModality;

/**
 * A joint, coordinated or twinning call of the participating sides: what it funds, its
 * indicative budget per side, and where it is in its life.
 */
public class Call extends AggregateRoot<Call> {

    static final String TYPE = "Call";

    private String id;
    private String title;
    private CallModality modality;
    private List<String> participatingSides;
    private List<String> strategicAreas;
    private List<String> topics;
    private Map<String, Money> indicativeBudget;
    private LocalDate targetOpeningDate;
    private MandateReference mandate;
    private CallState state;

    Call() {
    }

    /** Drafts the call a dialogue mandated; its id is the one the mandate fixed. */
    public static Call draftFromMandate(DraftCallFromMandate command, EventContext context) {
        Call call = new Call();
        call.id = command.callId();
        call.title = command.title();
        call.modality = command.modality();
        call.participatingSides = command.indicativeBudget().keySet().stream().sorted().toList();
        call.strategicAreas = List.of(command.strategicArea());
        call.topics = List.copyOf(command.topics());
        call.indicativeBudget = Map.copyOf(command.indicativeBudget());
        call.targetOpeningDate = command.targetOpeningDate();
        call.mandate = command.mandate();
        call.state = CallState.DRAFT;
        call.record(CallDrafted.newBuilder().setMeta(call.nextMeta("CallDrafted", context))
                .setCallId(call.id).setTitle(call.title).setModality(call.modality)
                .setParticipatingSides(call.participatingSides).setStrategicAreas(call.strategicAreas)
                .setTopics(call.topics).setIndicativeBudget(Money.toEvent(call.indicativeBudget))
                .setTargetOpeningDate(call.targetOpeningDate).setMandate(CallEvents.mandate(call.mandate)).build());
        return call;
    }

    @Override
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public CallModality modality() {
        return modality;
    }

    public List<String> participatingSides() {
        return participatingSides;
    }

    public List<String> strategicAreas() {
        return strategicAreas;
    }

    public List<String> topics() {
        return topics;
    }

    public Map<String, Money> indicativeBudget() {
        return indicativeBudget;
    }

    public LocalDate targetOpeningDate() {
        return targetOpeningDate;
    }

    public MandateReference mandate() {
        return mandate;
    }

    public CallState state() {
        return state;
    }

    @Override
    protected String aggregateType() {
        return TYPE;
    }
}
