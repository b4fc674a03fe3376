package org.coopsuite.call.call;

import java.time.LocalDate;
import java.util.List;

import org.coopsuite.schemas.common.CallModality;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The queries across calls: for the scheduled check and for the listing. */
public interface Calls {

    /** Ids of the calls awaiting funding whose opening date is on or before the day. */
    List<String> awaitingFundingOpeningBy(LocalDate day);

    /** Ids of the open calls whose deadline is before the day. */
    List<String> openWithDeadlineBefore(LocalDate day);

    /** One page of calls, newest first, with the total; a null filter matches any. */
    Page<Call> list(CallFilter filter, Pageable pageable);

    /** The filters of the listing; null matches any. */
    record CallFilter(CallState state, String side, String strategicArea, CallModality modality) {
    }
}
