package org.coopsuite.call.proposal;

import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.call.PartnerRole;

/**
 * One organisation of a consortium. A self-funded partner (reciprocity) requests nothing and
 * counts towards no side's minimum; a funded one requests money from its own side.
 */
public record Partner(String organisation, String side, PartnerRole role, boolean selfFunded, Money requested) {

    boolean funded() {
        return !selfFunded;
    }
}
