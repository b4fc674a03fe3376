package org.coopsuite.funding.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.coopsuite.schemas.funding.AgreementChange;
import org.coopsuite.schemas.funding.AgreementChangeConsented;
import org.coopsuite.schemas.funding.FundingMechanism;

/**
 * One side's consent to an agreement-wide change: the mechanism (with its currency and pooled
 * share) or the closure. Each participating side's funding officer records its side's; the
 * change is made once every side has consented to the same. A side's later consent to the same
 * change replaces its earlier one (it may change its mind until the others agree).
 */
public record Consent(AgreementChange change, String side, String agency, FundingMechanism mechanism,
        String agreementCurrency, Integer pooledSharePercent) {

    static Consent toMechanism(String side, String agency, FundingMechanism mechanism, String currency, Integer percent) {
        return new Consent(AgreementChange.MECHANISM, side, agency, mechanism, currency, percent);
    }

    static Consent toClosure(String side, String agency) {
        return new Consent(AgreementChange.CLOSURE, side, agency, null, null, null);
    }

    /** Whether two consents agree on the same change, whoever gave them. */
    boolean sameAs(Consent other) {
        return change == other.change && mechanism == other.mechanism
                && Objects.equals(agreementCurrency, other.agreementCurrency)
                && Objects.equals(pooledSharePercent, other.pooledSharePercent);
    }

    /** The consents after this one: the side's earlier consent to the same kind of change replaced. */
    static List<Consent> record(List<Consent> consents, Consent consent) {
        List<Consent> after = new ArrayList<>(consents);
        after.removeIf(c -> c.change == consent.change && c.side.equals(consent.side));
        after.add(consent);
        return after;
    }

    /** The participating sides that have not consented to the same change as this one. */
    static List<String> awaiting(List<Consent> consents, Consent consent, List<String> sides) {
        return sides.stream().filter(side -> consents.stream()
                .noneMatch(c -> c.side.equals(side) && c.sameAs(consent))).toList();
    }

    AgreementChangeConsented toEvent(org.coopsuite.schemas.common.EventMeta meta, String agreementId, String callId,
            List<String> awaiting) {
        return AgreementChangeConsented.newBuilder().setMeta(meta).setAgreementId(agreementId).setCallId(callId).setChange(change).setSide(side).setAgency(agency).setMechanism(mechanism)
                .setAgreementCurrency(agreementCurrency).setPooledSharePercent(pooledSharePercent)
                .setAwaitingSides(awaiting).build();
    }
}
