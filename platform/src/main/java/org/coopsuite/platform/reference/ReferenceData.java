package org.coopsuite.platform.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The cooperation's reference data, from configuration ({@code coop.reference}): the sides
 * with their currencies and agencies, and the strategic areas. Nothing in the rules names a
 * side: every rule works for any N >= 2 sides configured here.
 *
 * @param sides by code, e.g. {@code EU}, {@code JP}
 * @param strategicAreas e.g. {@code CLIMATE_CHANGE}
 */
@ConfigurationProperties("coop.reference")
public record ReferenceData(Map<String, Side> sides, List<String> strategicAreas) {

    public ReferenceData {
        sides = sides == null ? Map.of() : Map.copyOf(sides);
        strategicAreas = strategicAreas == null ? List.of() : List.copyOf(strategicAreas);
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

    public boolean isStrategicArea(String area) {
        return strategicAreas.contains(area);
    }

    /** The currency a side funds in, if the side exists. */
    public Optional<String> currencyOf(String side) {
        return side(side).map(Side::currency);
    }
}
