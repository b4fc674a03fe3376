package org.coopsuite.call.proposal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.reference.MoneyRules;
import org.coopsuite.platform.reference.ReferenceData;
import org.coopsuite.schemas.call.PartnerRole;
import org.springframework.stereotype.Component;

/**
 * What makes a proposal malformed, refused with 400 before anything is stored (as opposed to
 * ineligible, which is stored and reported): sides and currencies unknown to reference data,
 * a request on a self-funded partner or none on a funded one, an amount the platform's
 * {@link MoneyRules} refuse (another currency than the side's, more decimals than it has, not
 * positive, over 10^12), not exactly one coordinator. A self-funded partner may come from any
 * country (reciprocity): its side is a side of the reference data or an ISO 3166 country code,
 * e.g. {@code CA}; a funded partner's is a side of the reference data.
 */
@Component
class ProposalRules {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final ReferenceData reference;

    ProposalRules(ReferenceData reference) {
        this.reference = reference;
    }

    /** @throws InvalidCommandException naming each offending field */
    public void check(SubmitProposal command) {
        var errors = new InvalidCommandException.Collector();
        List<Partner> consortium = command.consortium();
        for (int i = 0; i < consortium.size(); i++) {
            checkPartner(consortium.get(i), "consortium[" + i + "]", errors);
        }
        long coordinators = consortium.stream().filter(p -> p.role() == PartnerRole.COORDINATOR).count();
        errors.check(coordinators == 1, "consortium", "exactly one coordinator, not " + coordinators);
        for (int i = 0; i < command.twinnedProjects().size(); i++) {
            String side = command.twinnedProjects().get(i).side();
            errors.check(reference.isSide(side), "twinnedProjects[" + i + "].side", "unknown side " + side);
        }
        errors.throwIfAny();
    }

    private void checkPartner(Partner partner, String field, InvalidCommandException.Collector errors) {
        boolean ofAnyCountry = partner.selfFunded() && COUNTRIES.contains(partner.side());
        if (!reference.isSide(partner.side()) && !ofAnyCountry) {
            errors.reject(field + ".side", partner.selfFunded() ? "neither a side nor a country code: " + partner.side()
                    : "unknown side " + partner.side());
            return;
        }
        errors.check(partner.role() != PartnerRole.UNKNOWN, field + ".role", "must be COORDINATOR or PARTNER");
        if (partner.selfFunded()) {
            errors.check(partner.requested() == null, field + ".requested", "a self-funded partner requests nothing");
            return;
        }
        if (partner.requested() == null) {
            errors.reject(field + ".requested", "a funded partner requests an amount from its side");
            return;
        }
        MoneyRules.check(reference, field + ".requested", partner.side(), partner.requested(), errors);
    }
}
