package org.coopsuite.platform.projection;

import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.call.CallDrafted;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.call.CallStates;
import org.coopsuite.schemas.call.CallSubmittedForFunding;
import org.coopsuite.schemas.call.CallUpdated;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.common.EventMeta;

/**
 * Builds a service's views of calls ({@value #COLLECTION}) from {@code coop.call.events}: one view
 * per call, following every event of the call, so that it shows the state the call is in now
 * ({@link CallStates}) and its strategic areas and indicative budget as the last event that
 * carries them says. A proposal's events, on the same topic, have aggregates of their own and
 * concern no call view. A service's own fields come from {@link #follow}.
 */
public abstract class CallStateProjection<V extends CallStateView> implements Projection<V> {

    public static final String COLLECTION = "callViews";
    static final String CALL = "Call";

    @Override
    public String collection() {
        return COLLECTION;
    }

    /** The call's own events only: a view per proposal would be a stray view of no call. */
    @Override
    public String viewId(SpecificRecord event) {
        EventMeta meta = EventCodec.meta(event);
        return CALL.equals(meta.getAggregateType()) ? meta.getAggregateId() : null;
    }

    /** Reads everything from the event before it changes the view, so a bad event changes nothing of it. */
    @Override
    public final void apply(V view, SpecificRecord event) {
        Description description = description(event);
        follow(view, event);
        CallStates.after(event).ifPresent(view::moved);
        if (description != null) {
            view.described(description.areas(), description.budget() == null ? view.getIndicativeBudget()
                    : description.budget());
        }
    }

    /**
     * Applies what the service keeps besides the state, areas and budget; called for every event
     * of the call. It must not change the view when it throws.
     */
    protected abstract void follow(V view, SpecificRecord event);

    /** The areas and budget an event gives; null budget: the event does not carry it. */
    private record Description(List<String> areas, Map<String, Money> budget) {
    }

    private static Description description(SpecificRecord event) {
        if (event instanceof CallDrafted e) {
            return new Description(e.getStrategicAreas(), Money.fromEvent(e.getIndicativeBudget()));
        } else if (event instanceof CallUpdated e) {
            return new Description(e.getStrategicAreas(), Money.fromEvent(e.getIndicativeBudget()));
        } else if (event instanceof CallSubmittedForFunding e) {
            return new Description(e.getStrategicAreas(), Money.fromEvent(e.getIndicativeBudget()));
        } else if (event instanceof CallResultsPublished e) {
            return new Description(e.getStrategicAreas(), null);
        }
        return null;
    }
}
