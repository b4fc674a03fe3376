package org.coopsuite.funding.agreement;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The stored agreements, as the listing queries them. */
public interface Agreements {

    /**
     * One page of agreements, by id, with the total; a null filter matches any.
     *
     * @param side a side that takes part
     */
    Page<Agreement> list(AgreementState state, String side, String callId, Pageable pageable);
}
