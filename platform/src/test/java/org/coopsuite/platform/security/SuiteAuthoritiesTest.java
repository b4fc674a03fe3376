package org.coopsuite.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.coopsuite.platform.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class SuiteAuthoritiesTest {

    private final SuiteAuthorities authorities = new SuiteAuthorities(new ReferenceData(Map.of(
            "EU", new ReferenceData.Side("European Commission", "Horizon Europe", "EUR", List.of("REA", "ERCEA")),
            "JP", new ReferenceData.Side("Cabinet Office", "Moonshot", "JPY", List.of("JST"))), List.of()));

    @Test
    void acceptsKnownRolesOfAKnownSide() {
        assertThat(authorities.holdsTogether(List.of("VIEWER", "OPERATOR"), "EU", null)).isTrue();
        assertThat(authorities.holdsTogether(List.of("FUNDING_OFFICER"), "JP", "JST")).isTrue();
    }

    @Test
    void refusesAnUnknownSideOrNone() {
        assertThat(authorities.holdsTogether(List.of("VIEWER"), "KR", null)).isFalse();
        assertThat(authorities.holdsTogether(List.of("VIEWER"), null, null)).isFalse();
    }

    @Test
    void refusesAnAgencyOfAnotherSideOrOfNone() {
        assertThat(authorities.holdsTogether(List.of("FUNDING_OFFICER"), "EU", "JST")).isFalse();
        assertThat(authorities.holdsTogether(List.of("VIEWER"), "EU", "NOPE")).isFalse();
    }

    @Test
    void refusesAFundingOfficerWithoutAgency() {
        assertThat(authorities.holdsTogether(List.of("FUNDING_OFFICER"), "EU", null)).isFalse();
    }

    @Test
    void refusesUnknownOrMissingRoles() {
        assertThat(authorities.holdsTogether(List.of("VIEWER", "ROOT"), "EU", null)).isFalse();
        assertThat(authorities.holdsTogether(List.of(), "EU", null)).isFalse();
        assertThat(authorities.holdsTogether(null, "EU", null)).isFalse();
    }
}
