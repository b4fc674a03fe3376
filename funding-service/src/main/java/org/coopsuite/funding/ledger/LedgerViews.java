package org.coopsuite.funding.ledger;

import java.util.List;

/** The stored ledgers, as the reports read them. */
public interface LedgerViews {

    /** Every agreement's ledger in a strategic area and a state, by agreement id; a null filter matches any. */
    List<LedgerView> all(String strategicArea, String state);
}
