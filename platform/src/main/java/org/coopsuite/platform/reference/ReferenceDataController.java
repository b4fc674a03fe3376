package org.coopsuite.platform.reference;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reference}: the reference data this service runs with, for any role, so that
 * {@code ./coop audit} can check that the three services agree on it (each reads the platform's
 * defaults and may override them). Each side with its currency, the currency's decimals (ISO 4217,
 * as every amount rule uses them) and its agencies; the strategic areas and global challenges.
 */
@RestController
public class ReferenceDataController {

    private final ReferenceData reference;

    ReferenceDataController(ReferenceData reference) {
        this.reference = reference;
    }

    /** The reference data, sides sorted by code. */
    public record Body(Map<String, SideBody> sides, List<String> strategicAreas, List<String> globalChallenges) {
    }

    /** One side as the service knows it. */
    public record SideBody(String name, String programme, String currency, Integer decimals, List<String> agencies) {

        static SideBody of(ReferenceData.Side side) {
            return new SideBody(side.name(), side.programme(), side.currency(), decimals(side.currency()),
                    side.agencies());
        }

        private static Integer decimals(String currency) {
            try {
                return currency == null ? null : Currency.getInstance(currency).getDefaultFractionDigits();
            } catch (IllegalArgumentException notIso) {
                return null;
            }
        }
    }

    @GetMapping("/api/reference")
    public Body reference() {
        Map<String, SideBody> sides = new TreeMap<>();
        reference.sides().forEach((code, side) -> sides.put(code, SideBody.of(side)));
        return new Body(sides, reference.strategicAreas(), reference.globalChallenges());
    }
}
