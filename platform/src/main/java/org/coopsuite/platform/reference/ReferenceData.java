package org.coopsuite.platform.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The cooperation's reference data, from configuration ({@code coop.reference}): the sides
 * with their currencies and agencies, the strategic areas and the global challenges. Nothing in
 * the rules names a side: every rule works for any N >= 2 sides configured here.
 *
 * @param sides by code, e.g. {@code EU}, {@code JP}
 * @param strategicAreas e.g. {@code CLIMATE_CHANGE}
 * @param globalChallenges the challenges a call may address, e.g. {@code PANDEMICS}
 */
@ConfigurationProperties("coop.reference")
public record ReferenceData(Map<String, Side> sides, List<String> strategicAreas, List<String> globalChallenges) {

    @ConstructorBinding
    public ReferenceData {
        sides = sides == null ? Map.of() : Map.copyOf(sides);
        strategicAreas = strategicAreas == null ? List.of() : List.copyOf(strategicAreas);
        globalChallenges = globalChallenges == null ? List.of() : List.copyOf(globalChallenges);
    }

    /** Reference data with no global challenges. */
    public ReferenceData(Map<String, Side> sides, List<String> strategicAreas) {
        this(sides, strategicAreas, List.of());
    }

    /**
     * @param name e.g. European Commission
     * @param programme e.g. Horizon Europe
     * @param currency ISO 4217 code of the currency the side funds in
     * @param agencies the funding agencies that belong to the side
     */
    public record Side(String name, String programme, String currency, List<String> agencies) {
        public Side {
            agencies = agencies == null ? List.of() : List.copyOf(agencies);
        }
    }

    public Optional<Side> side(String code) {
        return Optional.ofNullable(code).map(sides::get);
    }

    public boolean isSide(String code) {
        return code != null && sides.containsKey(code);
    }

    /** Whether the agency is a funding agency of any side. */
    public boolean isAgency(String agency) {
        return agency != null && sides.values().stream().anyMatch(side -> side.agencies().contains(agency));
    }

    /** Whether the agency is a funding agency of that side. */
    public boolean isAgencyOf(String side, String agency) {
        return agency != null && side(side).map(known -> known.agencies().contains(agency)).orElse(false);
    }

    public boolean isStrategicArea(String area) {
        return strategicAreas.contains(area);
    }

    public boolean isGlobalChallenge(String challenge) {
        return globalChallenges.contains(challenge);
    }

    /** The currency a side funds in, if the side exists. */
    public Optional<String> currencyOf(String side) {
        return side(side).map(Side::currency);
    }
}
