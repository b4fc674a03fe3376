package org.coopsuite.funding.agreement;

import java.time.LocalDate;

import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.reference.MoneyRules;
import org.coopsuite.platform.reference.ReferenceData;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The checks of commitment commands against the caller, the reference data and the limits:
 * a funding officer acts for their own side and agency only; an amount is in the side's
 * currency, positive, with no more decimals than the currency has, and not absurdly large.
 */
@Component
@EnableConfigurationProperties(FundingProperties.class)
class AgreementRules {

    private final ReferenceData reference;
    private final FundingProperties properties;

    public AgreementRules(ReferenceData reference, FundingProperties properties) {
        this.reference = reference;
        this.properties = properties;
    }

    /** @throws ForbiddenException unless the caller is a funding officer of this side and agency */
    void checkCaller(String side, String agency, String callerSide, String callerAgency) {
        if (callerSide == null || !callerSide.equals(side) || callerAgency == null || !callerAgency.equals(agency)) {
            throw new ForbiddenException("A funding officer of " + callerAgency + " (" + callerSide
                    + ") commits for that side and agency only, not for " + agency + " (" + side + ")");
        }
        boolean agencyOfSide = reference.side(side).map(s -> s.agencies().contains(agency)).orElse(false);
        if (!agencyOfSide) {
            throw new ForbiddenException("Agency " + agency + " is not a funding agency of side " + side);
        }
    }

    void check(CommitFunding command, LocalDate today) {
        InvalidCommandException.Collector errors = new InvalidCommandException.Collector();
        checkAmount("amount", command.amount(), command.side(), errors);
        checkDate("committedOn", command.committedOn(), today, errors);
        errors.throwIfAny();
    }

    void check(ChangeCommitment command, LocalDate today) {
        InvalidCommandException.Collector errors = new InvalidCommandException.Collector();
        checkAmount("amount", command.amount(), command.side(), errors);
        checkDate("on", command.on(), today, errors);
        errors.throwIfAny();
    }

    /** The platform's one money rule (side's currency, its decimals, positive), under {@code coop.funding.max-amount}. */
    void checkAmount(String field, Money money, String side, InvalidCommandException.Collector errors) {
        MoneyRules.check(reference, field, side, money, properties.maxAmount(), errors);
    }

    private static void checkDate(String field, LocalDate date, LocalDate today, InvalidCommandException.Collector errors) {
        errors.check(date == null || !date.isAfter(today), field, "must not be in the future");
    }
}
