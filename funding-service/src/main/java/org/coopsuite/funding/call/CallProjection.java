package org.coopsuite.funding.call;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.projection.CallStateProjection;
import org.coopsuite.schemas.call.CallDrafted;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.call.CallSubmittedForFunding;
import org.springframework.stereotype.Component;

/**
 * Builds {@link CallView}s from {@code coop.call.events}: one view per call, following every event
 * of the call (the platform's {@link CallStateProjection}); this service adds the sides taking part.
 */
@Component
public class CallProjection extends CallStateProjection<CallView> {

    @Override
    public Class<CallView> viewType() {
        return CallView.class;
    }

    @Override
    public CallView newView(String id) {
        return new CallView(id);
    }

    @Override
    protected void follow(CallView view, SpecificRecord event) {
        if (event instanceof CallDrafted e) {
            view.takingPart(e.getParticipatingSides());
        } else if (event instanceof CallSubmittedForFunding e) {
            view.takingPart(e.getParticipatingSides());
        } else if (event instanceof CallResultsPublished e) {
            view.takingPart(e.getParticipatingSides());
        }
    }
}
