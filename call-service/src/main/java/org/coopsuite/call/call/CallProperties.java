package org.coopsuite.call.call;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The call service's settings under {@code coop.call}.
 *
 * @param scheduleCheckInterval how often the check of openings and deadlines runs
 * @param evaluation the thresholds a proposal's scores must reach to be fundable (a call's panel may set its own)
 * @param redressWindow how long after a call's results an applicant may ask for redress
 */
@ConfigurationProperties("coop.call")
public record CallProperties(@DefaultValue("1h") Duration scheduleCheckInterval,
        @DefaultValue Evaluation evaluation, @DefaultValue("30d") Duration redressWindow) {

    /** Thresholds per criterion (each score 0 to 5) and for the total (0 to 15). */
    public record Evaluation(@DefaultValue("3") BigDecimal criterionThreshold,
            @DefaultValue("10") BigDecimal totalThreshold) {
    }
}
