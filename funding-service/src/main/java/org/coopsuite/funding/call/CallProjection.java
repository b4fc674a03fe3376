package org.coopsuite.funding.call;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.domain.Money;
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


    @Override
    public CallView newView(String id) {
        return new CallView(id);
    }

    @Override
    public void apply(CallView view, SpecificRecord event) {
        if (event instanceof CallDrafted drafted) {
            view.drafted(drafted.getParticipatingSides(), drafted.getStrategicAreas(),
                    Money.fromEvent(drafted.getIndicativeBudget()));
        }
    }
}
