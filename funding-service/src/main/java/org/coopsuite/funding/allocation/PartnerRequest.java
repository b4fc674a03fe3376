package org.coopsuite.funding.allocation;

import org.coopsuite.platform.domain.Money;

/** What one funded partner of a proposal asks from its side, in the side's currency; also what it is allocated. */
public record PartnerRequest(String organisation, Money amount) {
}
