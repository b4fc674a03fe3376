package org.coopsuite.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.reference.EventReferences;
import org.coopsuite.platform.reference.ReferenceData;
import org.coopsuite.platform.reference.UnknownReferenceException;
import org.coopsuite.schemas.funding.FundingCommitted;
import org.junit.jupiter.api.Test;

class ReferenceCheckedTest {

    private static final EventReferences REFERENCES = new EventReferences(new ReferenceData(Map.of(
            "KR", new ReferenceData.Side("MSIT", "GRD", "KRW", List.of("NRF"))), List.of()));

    private final List<List<SpecificRecord>> handed = new ArrayList<>();
    private final Consumer<List<SpecificRecord>> handler = ReferenceChecked.handler(REFERENCES,
            events -> handed.add(List.copyOf(events)));

    @Test
    void handsOverTheEventsBeforeTheFirstUnknownSideThenNamesItAsFailedAndDeterministic() {
        List<SpecificRecord> batch = List.of(committed("KR"), committed("KR"), committed("XX"), committed("KR"));

        EventFailedException failed = catchThrowableOfType(EventFailedException.class, () -> handler.accept(batch));

        assertThat(failed.index()).isEqualTo(2);
        assertThat(failed.getCause()).isInstanceOf(UnknownReferenceException.class)
                .hasMessage("unknown side XX in FundingCommitted.side");
        assertThat(Failures.classify(failed)).isEqualTo(Failures.Kind.DETERMINISTIC);
        assertThat(handed).containsExactly(batch.subList(0, 2));
    }

    @Test
    void handsOverABatchOfKnownSidesWholeAndNothingBeforeAFirstEventOfAnUnknownOne() {
        List<SpecificRecord> known = List.of(committed("KR"), committed("KR"));
        handler.accept(known);
        EventFailedException failed = catchThrowableOfType(EventFailedException.class,
                () -> handler.accept(List.of(committed("XX"), committed("KR"))));

        assertThat(failed.index()).isZero();
        assertThat(handed).containsExactly(known);
    }

    private static FundingCommitted committed(String side) {
        FundingCommitted committed = new FundingCommitted();
        committed.setSide(side);
        return committed;
    }
}
