package org.coopsuite.funding.allocation;

import java.math.BigDecimal;
import java.util.List;

import org.coopsuite.platform.domain.Money;

/**
 * One side's share of a funded proposal, allocated to that side's partners; the parts add up to the
 * amount. Under a pooled mechanism the side's own money pays first and the pool the rest.
 *
 * @param own what the side's own (not pooled) money pays, in its currency
 * @param pooledCost what the pool pays, in the agreement currency; zero under a virtual pot
 */
public record Grant(String proposalId, String side, Money amount, List<PartnerRequest> partners, boolean fromReserve,
        BigDecimal own, BigDecimal pooledCost) {
}
