package org.coopsuite.funding.agreement;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.coopsuite.platform.domain.StaleVersionException;
import org.coopsuite.platform.scheduling.ScheduledCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The scheduled check that raises {@code CoFundingOverdue} for each agreement still pending its
 * commitments the day after its funding period. Each agreement raises it once (the agreement
 * remembers it), every write is guarded by the version read, and the event carries the call's
 * cooperation thread, not the run's. It runs at start-up and then every
 * {@code coop.funding.overdue.check-interval}.
 */
@Component
@EnableConfigurationProperties(OverdueProperties.class)
class FundingOverdueCheck implements ScheduledCheck {

    private static final Logger log = LoggerFactory.getLogger(FundingOverdueCheck.class);

    private final Agreements agreements;
    private final AgreementService service;
    private final OverdueProperties properties;
    private final Clock clock;

    FundingOverdueCheck(Agreements agreements, AgreementService service, OverdueProperties properties, Clock clock) {
        this.agreements = agreements;
        this.service = service;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Duration interval() {
        return properties.checkInterval();
    }

    @Override
    public void run() {
        LocalDate today = LocalDate.now(clock);
        for (String id : agreements.pendingPastTheirFundingPeriod(today)) {
            try {
                service.raiseFundingOverdue(id, today);
            } catch (StaleVersionException e) {
                log.info("Agreement {} changed while raising its funding overdue; left to the next run", id);
            }
        }
    }
}
