package org.coopsuite.dialogue.call;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.projection.CallStateProjection;
import org.coopsuite.schemas.call.CallDrafted;
import org.coopsuite.schemas.call.CallSubmittedForFunding;
import org.coopsuite.schemas.call.CallUpdated;
import org.springframework.stereotype.Component;

/**
 * Builds {@link CallView}s from {@code coop.call.events}: one view per call, following every event
 * of the call (the platform's {@link CallStateProjection}); this service adds its title and modality.
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
            view.named(e.getTitle(), e.getModality().name());
        } else if (event instanceof CallUpdated e) {
            view.named(e.getTitle(), view.getModality());
        } else if (event instanceof CallSubmittedForFunding e) {
            view.named(e.getTitle(), e.getModality().name());
        }
    }
}
