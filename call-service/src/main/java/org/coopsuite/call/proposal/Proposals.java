package org.coopsuite.call.proposal;

import java.util.List;

/** The proposals of a call, as evaluation, selection and the listing query them. */
public interface Proposals {

    /** Every proposal of the call, in the order they were submitted. */
    List<Proposal> ofCall(String callId);

    /**
     * The call's proposals that joined its reserve after its results were published (an upheld
     * redress re-evaluated them within the budget), by their reserve rank.
     */
    List<Proposal> joinedReserve(String callId);
}
