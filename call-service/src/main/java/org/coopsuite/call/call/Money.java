package org.coopsuite.call.call;

import java.math.BigDecimal;

/** An amount in an ISO 4217 currency; never a double. */
public record Money(BigDecimal amount, String currency) {
}
