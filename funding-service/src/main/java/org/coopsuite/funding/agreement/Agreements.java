package org.coopsuite.funding.agreement;

import java.util.List;

/** The stored agreements, as the listing queries them. */
public interface Agreements {

    /**
     * One page of agreements, by id; a null filter matches any.
     *
     * @param side a side that takes part
     * @param offset how many matching agreements come before the page
     */
    List<Agreement> list(AgreementState state, String side, String callId, long offset, int size);
}
