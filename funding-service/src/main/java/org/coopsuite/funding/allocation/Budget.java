package org.coopsuite.funding.allocation;

import java.math.BigDecimal;
import java.util.Map;

/** What an agreement can still spend while an allocation walks a ranking; each mechanism has its own. */
public interface Budget {

    /** Whether these shares (per side, each in its side's currency) can all be paid now. */
    boolean covers(Map<String, BigDecimal> shares);

    /** Pays the shares; they were covered. */
    void spend(Map<String, BigDecimal> shares);

    /** What is missing to pay one side's share, in the side's currency; zero when covered. */
    BigDecimal missing(String side, BigDecimal share);
}
