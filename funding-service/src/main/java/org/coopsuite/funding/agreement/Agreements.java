package org.coopsuite.funding.agreement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The stored agreements, as the listing queries them. */
public interface Agreements {

    /**
     * One page of agreements, by id, with how many match in all; a null filter matches any.
     *
     * @param side a side that takes part
     */
    Page<Agreement> list(AgreementState state, String side, String callId, Pageable page);

    /** Ids of the agreements pending commitments whose funding period ended before the day, not yet overdue. */
    List<String> pendingPastTheirFundingPeriod(LocalDate today);
}
