package org.coopsuite.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.schemas.call.CallSubmittedForFunding;
import org.coopsuite.schemas.call.Partner;
import org.coopsuite.schemas.call.ProposalSubmitted;
import org.coopsuite.schemas.common.SideAmount;
import org.coopsuite.schemas.dialogue.CallMandate;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.coopsuite.schemas.funding.AgreementChangeConsented;
import org.coopsuite.schemas.funding.FundingCommitted;
import org.coopsuite.schemas.funding.FundingToppedUp;
import org.coopsuite.schemas.funding.FundingWithdrawn;
import org.coopsuite.schemas.funding.GrantAllocated;
import org.junit.jupiter.api.Test;

class EventReferencesTest {

    private static final EventReferences CHECK = new EventReferences(new ReferenceData(Map.of(
            "EU", new ReferenceData.Side("EC", "HE", "EUR", List.of("REA", "ERCEA")),
            "JP", new ReferenceData.Side("CAO", "MS", "JPY", List.of("JST", "NEDO")),
            "KR", new ReferenceData.Side("MSIT", "GRD", "KRW", List.of("NRF"))), List.of()));

    @Test
    void refusesACallSubmittedForFundingWithAnUnknownParticipatingSideNamingItAndWhere() {
        CallSubmittedForFunding submitted = new CallSubmittedForFunding();
        submitted.setParticipatingSides(List.of("EU", "JP", "XX"));

        assertThatThrownBy(() -> CHECK.check(submitted)).isInstanceOf(UnknownReferenceException.class)
                .hasMessage("unknown side XX in CallSubmittedForFunding.participatingSides[2]");
    }

    @Test
    void refusesAnUnknownSideOfABudgetDeepInAnEvent() {
        CallSubmittedForFunding submitted = new CallSubmittedForFunding();
        submitted.setParticipatingSides(List.of("EU", "KR"));
        submitted.setIndicativeBudget(List.of(sideAmount("EU"), sideAmount("XX")));

        assertThatThrownBy(() -> CHECK.check(submitted))
                .hasMessage("unknown side XX in CallSubmittedForFunding.indicativeBudget[1].side");
    }

    @Test
    void refusesACommitmentAndAGrantOfAnUnknownSide() {
        FundingCommitted committed = new FundingCommitted();
        committed.setSide("XX");
        GrantAllocated grant = new GrantAllocated();
        grant.setSide("XX");

        assertThatThrownBy(() -> CHECK.check(committed)).hasMessage("unknown side XX in FundingCommitted.side");
        assertThatThrownBy(() -> CHECK.check(grant)).hasMessage("unknown side XX in GrantAllocated.side");
    }

    @Test
    void refusesAMandateWhoseBudgetNamesAnUnknownSide() {
        CallMandate mandate = new CallMandate();
        mandate.setIndicativeBudget(List.of(sideAmount("XX")));
        DecisionRecorded decision = new DecisionRecorded();
        decision.setMandate(mandate);

        assertThatThrownBy(() -> CHECK.check(decision))
                .hasMessage("unknown side XX in DecisionRecorded.mandate.indicativeBudget[0].side");
    }

    @Test
    void admitsASelfFundedPartnerOfAnyCountryButNoFundedOneOfAnUnknownSide() {
        ProposalSubmitted proposal = new ProposalSubmitted();
        proposal.setConsortium(List.of(partner("KR", false), partner("CA", true)));
        proposal.setTwinnedProjects(List.of());
        assertThatCode(() -> CHECK.check(proposal)).doesNotThrowAnyException();

        proposal.setConsortium(List.of(partner("KR", false), partner("CA", false)));
        assertThatThrownBy(() -> CHECK.check(proposal))
                .hasMessage("unknown side CA in ProposalSubmitted.consortium[1].side");
    }

    @Test
    void takesAnEventOfKnownSidesAndOneThatNamesNone() {
        CallSubmittedForFunding submitted = new CallSubmittedForFunding();
        submitted.setParticipatingSides(List.of("EU", "JP", "KR"));
        submitted.setIndicativeBudget(List.of(sideAmount("EU"), sideAmount("JP"), sideAmount("KR")));

        assertThatCode(() -> CHECK.check(submitted)).doesNotThrowAnyException();
        assertThatCode(() -> CHECK.check(new DecisionRecorded())).doesNotThrowAnyException();
    }

    @Test
    void takesACommitmentByAnAgencyOfItsSide() {
        FundingCommitted committed = committed("JP", "NEDO");

        assertThatCode(() -> CHECK.check(committed)).doesNotThrowAnyException();
    }

    @Test
    void refusesAnUnknownAgencyNamingItAndWhere() {
        FundingCommitted committed = committed("JP", "XYZ");
        FundingToppedUp toppedUp = new FundingToppedUp();
        toppedUp.setSide("EU");
        toppedUp.setAgency("XYZ");

        assertThatThrownBy(() -> CHECK.check(committed)).isInstanceOf(UnknownReferenceException.class)
                .hasMessage("unknown agency XYZ in FundingCommitted.agency");
        assertThatThrownBy(() -> CHECK.check(toppedUp)).hasMessage("unknown agency XYZ in FundingToppedUp.agency");
    }

    @Test
    void refusesAnAgencyOfAnotherSideThanTheOneBesideIt() {
        FundingCommitted committed = committed("JP", "REA");
        FundingWithdrawn withdrawn = new FundingWithdrawn();
        withdrawn.setSide("KR");
        withdrawn.setAgency("JST");

        assertThatThrownBy(() -> CHECK.check(committed)).isInstanceOf(UnknownReferenceException.class)
                .hasMessage("agency REA not of side JP in FundingCommitted.agency");
        assertThatThrownBy(() -> CHECK.check(withdrawn)).hasMessage("agency JST not of side KR in FundingWithdrawn.agency");
    }

    @Test
    void namesAnUnknownSideBeforeTheAgencyBesideIt() {
        FundingCommitted committed = committed("XX", "REA");

        assertThatThrownBy(() -> CHECK.check(committed)).hasMessage("unknown side XX in FundingCommitted.side");
    }

    @Test
    void takesARecordWithoutAnAgencyAsBefore() {
        AgreementChangeConsented consented = new AgreementChangeConsented();
        consented.setSide("EU");
        consented.setAwaitingSides(List.of("JP"));
        GrantAllocated grant = new GrantAllocated();
        grant.setSide("KR");

        assertThatCode(() -> CHECK.check(consented)).doesNotThrowAnyException();
        assertThatCode(() -> CHECK.check(grant)).doesNotThrowAnyException();
        consented.setAgency("JST");
        assertThatThrownBy(() -> CHECK.check(consented))
                .hasMessage("agency JST not of side EU in AgreementChangeConsented.agency");
    }

    /**
     * Keeps the naming convention true: every string (or array of strings) of any event whose doc
     * speaks of a side's code, or of an agency, is caught by it, and so checked.
     */
    @Test
    void everyFieldOfAnyEventThatHoldsASideCodeOrAnAgencyFollowsTheConvention() {
        List<String> missed = new ArrayList<>();
        Arrays.stream(EventTopic.values()).flatMap(topic -> topic.eventTypes().stream())
                .forEach(type -> collectMissed(SpecificData.get().getSchema(type), type.getSimpleName(), missed));

        assertThat(missed).isEmpty();
    }

    /** The convention test fails for a field of agencies the check would not see, alone or in a list. */
    @Test
    void theConventionCatchesAFieldOfAgenciesNamedOtherwise() {
        Schema schema = new Schema.Parser().parse("""
                {"type": "record", "name": "Planted", "fields": [
                  {"name": "side", "type": "string", "doc": "Side that commits."},
                  {"name": "funder", "type": "string", "doc": "Funding agency of that side, e.g. JST."},
                  {"name": "cofunders", "type": {"type": "array", "items": "string"}, "doc": "The agencies that co-fund."},
                  {"name": "agency", "type": "string", "doc": "Funding agency of that side that commits, e.g. JST."}
                ]}""");
        List<String> missed = new ArrayList<>();

        collectMissed(schema, "Planted", missed);

        assertThat(missed).containsExactly("Planted.funder (Funding agency of that side, e.g. JST.)",
                "Planted.cofunders (The agencies that co-fund.)");
    }

    private static void collectMissed(Schema record, String path, List<String> missed) {
        for (Schema.Field field : record.getFields()) {
            Schema type = nonNull(field.schema());
            boolean array = type.getType() == Schema.Type.ARRAY;
            Schema element = array ? nonNull(type.getElementType()) : type;
            String where = path + "." + field.name();
            if (element.getType() == Schema.Type.RECORD) {
                collectMissed(element, where, missed);
            } else if (element.getType() == Schema.Type.STRING && speaksOfSideCodes(field.doc())
                    && !(array ? EventReferences.namesSides(field.name()) : EventReferences.namesSide(field.name()))) {
                missed.add(where + " (" + field.doc() + ")");
            } else if (element.getType() == Schema.Type.STRING && speaksOfAgencies(field.doc())
                    && !(array ? EventReferences.namesAgencies(field.name()) : EventReferences.namesAgency(field.name()))) {
                missed.add(where + " (" + field.doc() + ")");
            }
        }
    }

    private static boolean speaksOfSideCodes(String doc) {
        String text = doc == null ? "" : doc.toLowerCase(Locale.ROOT);
        return text.matches("^(the )?(participating )?sides?(?!')\\b.*") || text.contains("side code")
                || text.contains("codes of the sides") || text.matches(".*e\\.g\\. eu\\b.*");
    }

    private static boolean speaksOfAgencies(String doc) {
        String text = doc == null ? "" : doc.toLowerCase(Locale.ROOT);
        return text.contains("agency") || text.contains("agencies");
    }

    private static Schema nonNull(Schema schema) {
        return schema.getType() != Schema.Type.UNION ? schema
                : schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).findFirst().orElse(schema);
    }

    private static FundingCommitted committed(String side, String agency) {
        FundingCommitted committed = new FundingCommitted();
        committed.setSide(side);
        committed.setAgency(agency);
        return committed;
    }

    private static SideAmount sideAmount(String side) {
        SideAmount amount = new SideAmount();
        amount.setSide(side);
        return amount;
    }

    private static Partner partner(String side, boolean selfFunded) {
        Partner partner = new Partner();
        partner.setSide(side);
        partner.setSelfFunded(selfFunded);
        return partner;
    }
}
