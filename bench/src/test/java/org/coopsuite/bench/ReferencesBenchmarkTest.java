package org.coopsuite.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.coopsuite.platform.reference.EventReferences;
import org.coopsuite.platform.reference.UnknownReferenceException;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.junit.jupiter.api.Test;

/** Runs the benchmark tiny and checks it times the real check over the whole event, not its speed. */
class ReferencesBenchmarkTest {

    @Test
    void givenTheDefaults_thenTheBenchmarksEventsPass_andOneUnknownSideDeepInTheResultsIsFound() {
        assertThat(ReferencesBenchmark.run(20, 2, 3)).extracting(ReferencesBenchmark.Result::event)
                .containsExactly("FundingCommitted", "CallResultsPublished of 20 proposals");

        CallResultsPublished results = ReferencesBenchmark.results(20);
        results.getReserve().get(9).getConsortium().get(1).setSide("XX");
        assertThatThrownBy(() -> new EventReferences(ReferencesBenchmark.defaults()).check(results))
                .isInstanceOf(UnknownReferenceException.class)
                .hasMessage("unknown side XX in CallResultsPublished.reserve[9].consortium[1].side");
    }

    @Test
    void givenTheDefaults_thenTheyHoldTheThreeSidesAndTheirAgencies() {
        assertThat(ReferencesBenchmark.defaults().sides()).containsOnlyKeys("EU", "JP", "KR");
        assertThat(ReferencesBenchmark.defaults().isAgencyOf("JP", "JST")).isTrue();
        assertThat(List.of("REA", "NRF")).allMatch(ReferencesBenchmark.defaults()::isAgency);
    }
}
