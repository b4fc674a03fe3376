package org.coopsuite.dialogue.overview;

import org.springframework.stereotype.Component;

/** The funding side of each call's overview, from the funding topic (see {@link OverviewProjection}). */
@Component
public class FundingOverviewProjection extends OverviewProjection {

    public static final String COLLECTION = "fundingOverviews";

    @Override
    public String collection() {
        return COLLECTION;
    }
}
