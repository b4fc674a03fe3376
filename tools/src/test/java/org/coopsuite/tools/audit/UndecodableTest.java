package org.coopsuite.tools.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which undecodable records an audit counts: those an operator has not evicted. */
class UndecodableTest {

    private final Map<String, String> undecodable = new LinkedHashMap<>(Map.of(
            "coop.call.events/1@7", "Not Avro single-object encoded (no C3 01 marker)",
            "coop.funding.events/0@3", "Unknown schema fingerprint"));

    @Test
    void givenNoEviction_thenEveryUndecodableRecordIsAViolationNamingWhereItIs() {
        assertThat(AuditCommand.undecodable(undecodable, Set.of()))
                .extracting(Violation::toString).hasSize(2).anySatisfy(v -> assertThat(v).contains("coop.call.events/1@7"))
                .anySatisfy(v -> assertThat(v).contains("coop.funding.events/0@3"));
    }

    @Test
    void givenOneRecordEvicted_thenOnlyTheOtherIsAViolation() {
        assertThat(AuditCommand.undecodable(undecodable, Set.of("coop.call.events/1@7", "coop.call.events/1@8")))
                .extracting(Violation::toString).singleElement().satisfies(v -> assertThat(v)
                        .contains("coop.funding.events/0@3").doesNotContain("coop.call.events"));
    }
}
