package org.coopsuite.call.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coopsuite.call.proposal.ProposalFixtures.coordinator;
import static org.coopsuite.call.proposal.ProposalFixtures.partner;
import static org.coopsuite.call.proposal.ProposalFixtures.proposal;
import static org.coopsuite.call.proposal.ProposalFixtures.scores;

import java.math.BigDecimal;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.call.call.CallFixtures;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.schemas.call.ProposalDeclaredEligible;
import org.coopsuite.schemas.call.ProposalDeclaredIneligible;
import org.coopsuite.schemas.call.ConsensusReached;
import org.coopsuite.schemas.call.ProposalSubmitted;
import org.junit.jupiter.api.Test;

class ProposalTest {

    @Test
    void submitsAndDeclaresEligibleInOneWrite() {
        Proposal proposal = submitted(List.of());

        List<SpecificRecord> events = proposal.recordedEvents();
        assertThat(events).hasSize(2);
        ProposalSubmitted submitted = (ProposalSubmitted) events.get(0);
        assertThat(submitted.getMeta().getAggregateType()).isEqualTo("Proposal");
        assertThat(submitted.getMeta().getAggregateId()).isEqualTo("p-1");
        assertThat(submitted.getConsortium()).extracting(p -> p.getSide() + " " + p.getRequested().getAmount())
                .containsExactly("EU 100.50", "JP 2000");
        assertThat(events.get(1)).isInstanceOf(ProposalDeclaredEligible.class);
        assertThat(EventMetaVersion.of(events.get(1))).isEqualTo(2);
        assertThat(proposal.state()).isEqualTo(ProposalState.ELIGIBLE);
    }

    @Test
    void keepsAnIneligibleProposalWithItsReasons() {
        Proposal proposal = submitted(List.of("the call requires a data-management / open-access statement"));

        assertThat(proposal.state()).isEqualTo(ProposalState.INELIGIBLE);
        assertThat(((ProposalDeclaredIneligible) proposal.recordedEvents().get(1)).getReasons())
                .containsExactly("the call requires a data-management / open-access statement");
        assertThatThrownBy(() -> proposal.assign(ProposalFixtures.ONE_EXPERT, "expert-eu", true, CallFixtures.CONTEXT))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("INELIGIBLE");
    }

    @Test
    void recordsExactHalfPointScoresInTheConsensus() {
        Proposal proposal = ProposalFixtures.evaluated(submitted(List.of()), scores("4.5", "3.5", "3.0"));

        ConsensusReached consensus = (ConsensusReached) proposal.recordedEvents().get(4);
        assertThat(consensus.getExcellence()).isEqualTo("4.5");
        assertThat(consensus.getImplementation()).isEqualTo("3");
        assertThat(consensus.getTotal()).isEqualTo("11");
        assertThat(consensus.getPassedThresholds()).isTrue();
        assertThat(proposal.state()).isEqualTo(ProposalState.EVALUATED);
    }

    @Test
    void refusesScoresOutsideHalfPointsFromZeroToFive() {
        var e = catchThrowableOfType(InvalidCommandException.class,
                () -> Scores.of(new BigDecimal("4.3"), new BigDecimal("5.5"), new BigDecimal("-0.5")));

        assertThat(e.fieldErrors()).containsOnlyKeys("excellence", "impact", "implementation");
    }

    @Test
    void passesOnlyWhenEveryCriterionAndTheTotalReachTheirThresholds() {
        BigDecimal three = new BigDecimal("3");
        BigDecimal ten = BigDecimal.TEN;

        assertThat(scores("3", "3.5", "3.5").pass(three, ten)).isTrue();
        assertThat(scores("3", "3", "3.5").pass(three, ten)).isFalse();
        assertThat(scores("5", "5", "2.5").pass(three, ten)).isFalse();
    }

    @Test
    void withdrawsOnlyOnce() {
        Proposal proposal = submitted(List.of()).withdraw(CallFixtures.CONTEXT);

        assertThat(proposal.state()).isEqualTo(ProposalState.WITHDRAWN);
        assertThatThrownBy(() -> proposal.withdraw(CallFixtures.CONTEXT)).hasMessageContaining("WITHDRAWN");
    }

    private static Proposal submitted(List<String> reasons) {
        return Proposal.submit("p-1", proposal(coordinator("EU", "100.50"), partner("JP", "2000")), "alice", reasons,
                CallFixtures.CONTEXT);
    }

    /** The aggregate version an event carries. */
    private static final class EventMetaVersion {
        static long of(SpecificRecord event) {
            return org.coopsuite.schemas.codec.EventCodec.meta(event).getAggregateVersion();
        }
    }
}
