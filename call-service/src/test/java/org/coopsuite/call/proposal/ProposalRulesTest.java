package org.coopsuite.call.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coopsuite.call.proposal.ProposalFixtures.coordinator;
import static org.coopsuite.call.proposal.ProposalFixtures.partner;
import static org.coopsuite.call.proposal.ProposalFixtures.proposal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.reference.ReferenceData;
import org.coopsuite.schemas.call.PartnerRole;
import org.junit.jupiter.api.Test;

class ProposalRulesTest {

    private final ProposalRules rules = new ProposalRules(new ReferenceData(Map.of(
            "EU", new ReferenceData.Side("EC", "HE", "EUR", List.of()),
            "JP", new ReferenceData.Side("CAO", "Moonshot", "JPY", List.of())), List.of()));

    @Test
    void refusesASecondCoordinatorAnUnknownSideAndAWrongCurrency() {
        SubmitProposal bad = proposal(coordinator("EU", "1"), coordinator("JP", "1"),
                new Partner("X", "XX", PartnerRole.PARTNER, false, new Money(BigDecimal.ONE, "EUR")),
                new Partner("Y", "JP", PartnerRole.PARTNER, false, new Money(BigDecimal.ONE, "EUR")));

        var e = catchThrowableOfType(InvalidCommandException.class, () -> rules.check(bad));

        assertThat(e.fieldErrors()).containsOnlyKeys("consortium", "consortium[2].side", "consortium[3].requested.currency");
    }

    @Test
    void admitsASelfFundedPartnerOfAnyCountryButAFundedOneOnlyOfASide() {
        SubmitProposal fine = proposal(coordinator("EU", "1"), partner("JP", "1"),
                new Partner("University of Toronto", "CA", PartnerRole.PARTNER, true, null));
        SubmitProposal bad = proposal(coordinator("EU", "1"),
                new Partner("University of Toronto", "CA", PartnerRole.PARTNER, false, new Money(BigDecimal.ONE, "CAD")),
                new Partner("Nowhere", "XX", PartnerRole.PARTNER, true, null));

        rules.check(fine);
        var e = catchThrowableOfType(InvalidCommandException.class, () -> rules.check(bad));

        assertThat(e.fieldErrors()).containsOnly(Map.entry("consortium[1].side", "unknown side CA"),
                Map.entry("consortium[2].side", "neither a side nor a country code: XX"));
    }

    @Test
    void wantsARequestFromAFundedPartnerAndNoneFromASelfFundedOne() {
        SubmitProposal bad = proposal(coordinator("EU", "1"),
                new Partner("X", "JP", PartnerRole.PARTNER, false, null),
                new Partner("Y", "JP", PartnerRole.PARTNER, true, new Money(BigDecimal.ONE, "JPY")));

        var e = catchThrowableOfType(InvalidCommandException.class, () -> rules.check(bad));

        assertThat(e.fieldErrors()).containsOnlyKeys("consortium[1].requested", "consortium[2].requested");
    }

    @Test
    void acceptsAWellFormedProposal() {
        rules.check(proposal(coordinator("EU", "1"), partner("JP", "1")));
    }
}
