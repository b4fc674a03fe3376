package org.coopsuite.funding.agreement;

import java.util.List;

import org.coopsuite.platform.domain.Money;

/** One side's share of a funded proposal, allocated to that side's partners; the parts add up to the amount. */
public record Grant(String proposalId, String side, Money amount, List<PartnerRequest> partners, boolean fromReserve) {
}
