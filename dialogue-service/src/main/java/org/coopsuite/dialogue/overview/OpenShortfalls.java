package org.coopsuite.dialogue.overview;

/** Whether a funding shortfall, or a call's overdue co-funding, is still open, as the funding events have said so far. */
public interface OpenShortfalls {

    /** False once a {@code FundingShortfallResolved} for it has been projected (or before its detection was). */
    boolean isOpen(String shortfallId);

    /** True from the call's {@code CoFundingOverdue} until its {@code CoFundingSecured} has been projected. */
    boolean isFundingOverdue(String callId);
}
