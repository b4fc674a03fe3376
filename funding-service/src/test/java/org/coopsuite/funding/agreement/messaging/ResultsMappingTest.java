package org.coopsuite.funding.agreement.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.coopsuite.funding.allocation.PartnerRequest;
import org.coopsuite.funding.allocation.ProposalShares;
import org.coopsuite.schemas.call.Partner;
import org.coopsuite.schemas.call.PartnerRole;
import org.coopsuite.schemas.call.RankedProposal;
import org.coopsuite.schemas.common.Money;
import org.junit.jupiter.api.Test;

class ResultsMappingTest {

    @Test
    void groupsFundedPartnersBySideAndLeavesSelfFundedPartnersOut() {
        RankedProposal proposal = RankedProposal.newBuilder().setProposalId("p-1").setAcronym("HEAT").setRank(3)
                .setTotal("13.5").setRequestedPerSide(List.of()).setConsortium(List.of(
                        partner("TU Delft", "EU", "1500000.00", "EUR"), partner("Kyoto University", "JP", "90000000", "JPY"),
                        partner("Inria", "EU", "500000.00", "EUR"),
                        Partner.newBuilder().setOrganisation("MIT").setSide("US").setRole(PartnerRole.PARTNER)
                                .setSelfFunded(true).setRequested(null).build()))
                .build();

        ProposalShares shares = ResultsMapping.shares(proposal);

        assertThat(shares.rank()).isEqualTo(3);
        assertThat(shares.sides()).containsExactly("EU", "JP");
        assertThat(shares.partners("EU")).extracting(PartnerRequest::organisation).containsExactly("TU Delft", "Inria");
        assertThat(shares.share("EU")).isEqualByComparingTo("2000000.00");
        assertThat(shares.partnersBySide()).doesNotContainKey("US");
    }

    private static Partner partner(String organisation, String side, String amount, String currency) {
        return Partner.newBuilder().setOrganisation(organisation).setSide(side).setRole(PartnerRole.PARTNER)
                .setSelfFunded(false).setRequested(Money.newBuilder().setAmount(amount).setCurrency(currency).build())
                .build();
    }
}
