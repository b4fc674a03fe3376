package org.coopsuite.funding.agreement;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The funding service's settings under {@code coop.funding}.
 *
 * @param maxAmount the largest amount one commitment, top-up or withdrawal may name, in units of
 *        the side's currency: anything larger is a typing error, not a pledge
 */
@ConfigurationProperties("coop.funding")
record FundingProperties(@DefaultValue("1000000000000") BigDecimal maxAmount) {
}
