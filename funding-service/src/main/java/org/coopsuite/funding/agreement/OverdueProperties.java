package org.coopsuite.funding.agreement;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a call's co-funding is overdue, under {@code coop.funding.overdue}.
 *
 * @param defaultPeriodDays the days after its submission for funding within which a call's
 *        co-funding is to be secured, for a call that names no period of its own
 * @param checkInterval how often every instance checks for agreements past their period
 */
@ConfigurationProperties("coop.funding.overdue")
record OverdueProperties(@DefaultValue("90") int defaultPeriodDays, @DefaultValue("1h") Duration checkInterval) {
}
