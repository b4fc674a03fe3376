package org.coopsuite.dialogue.call;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.platform.projection.Projection;
import org.coopsuite.schemas.call.CallDrafted;
import org.springframework.stereotype.Component;

/** Builds {@link CallView}s from {@code coop.call.events}: one view per call. */
@Component
public class CallProjection implements Projection<CallView> {

    public static final String COLLECTION = "callViews";

    @Override
    public String collection() {
        return COLLECTION;
    }

    @Override
    public Class<CallView> viewType() {
        return CallView.class;
    }

    /** Every event of a call concerns its view, so that versions stay contiguous. */
    @Override
    public String viewId(SpecificRecord event) {
        return EventCodec.meta(event).getAggregateId();
    }

    @Override
    public CallView newView(String id) {
        return new CallView(id);
    }

    @Override
    public void apply(CallView view, SpecificRecord event) {
        if (event instanceof CallDrafted drafted) {
            Map<String, String> budget = new LinkedHashMap<>();
            drafted.getIndicativeBudget().forEach(side -> budget.put(side.getSide(),
                    side.getAmount().getAmount() + " " + side.getAmount().getCurrency()));
            view.drafted(drafted.getTitle(), drafted.getModality().name(), drafted.getParticipatingSides(),
                    drafted.getStrategicAreas(), budget);
        }
    }
}
