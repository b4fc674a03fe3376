package org.coopsuite.dialogue.agenda;

import org.coopsuite.schemas.call.CallCancelled;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.funding.CoFundingOverdue;
import org.coopsuite.schemas.funding.FundingShortfallDetected;

/** What an agenda item from an event says, in the words of the minutes. */
final class AgendaTitles {

    private AgendaTitles() {
    }

    static String shortfall(FundingShortfallDetected shortfall) {
        return "Funding shortfall: " + shortfall.getSide() + " misses " + shortfall.getMissing().getAmount() + " "
                + shortfall.getMissing().getCurrency() + " for proposal " + shortfall.getProposalId() + " of call "
                + shortfall.getCallId();
    }

    static String fundingOverdue(CoFundingOverdue overdue) {
        return "Co-funding of call " + overdue.getCallId() + " overdue since " + overdue.getDueOn() + ": "
                + String.join(", ", overdue.getSidesShort()) + " not yet committed";
    }

    static String results(CallResultsPublished results) {
        return "Results of call " + results.getCallId() + ": " + results.getSelected().size() + " selected, "
                + results.getReserve().size() + " on the reserve list";
    }

    static String cancelled(CallCancelled cancelled) {
        return "Call " + cancelled.getCallId() + " cancelled (" + cancelled.getPreviousState() + "): "
                + cancelled.getReason();
    }
}
