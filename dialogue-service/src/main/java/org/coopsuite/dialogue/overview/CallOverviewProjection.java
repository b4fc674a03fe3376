package org.coopsuite.dialogue.overview;

import org.springframework.stereotype.Component;

/** The call side of each call's overview, from the call topic (see {@link OverviewProjection}). */
@Component
public class CallOverviewProjection extends OverviewProjection {

    public static final String COLLECTION = "callOverviews";

    @Override
    public String collection() {
        return COLLECTION;
    }
}
