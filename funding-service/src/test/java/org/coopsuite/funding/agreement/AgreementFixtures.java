package org.coopsuite.funding.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.bson.Document;
import org.coopsuite.funding.allocation.PartnerRequest;
import org.coopsuite.funding.allocation.ProposalShares;
import org.coopsuite.funding.allocation.Results;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.platform.reference.ReferenceData;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/** Small agreements, commitments, proposals and reference data for the agreement's domain tests. */
final class AgreementFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final EventContext CONTEXT = new EventContext(Instant.parse("2026-11-25T10:00:00Z"), "corr-1", "event:1",
            "funding-service");
    static final ReferenceData REFERENCE = new ReferenceData(Map.of(
            "EU", new ReferenceData.Side("European Commission", "Horizon Europe", "EUR", List.of("REA", "ERCEA")),
            "JP", new ReferenceData.Side("Cabinet Office", "Moonshot", "JPY", List.of("JST", "AMED"))),
            List.of("CLIMATE_CHANGE", "SMART_CITIES"));

    private static final MappingMongoConverter CONVERTER = converter();

    private AgreementFixtures() {
    }

    static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }

    static Money jpy(String amount) {
        return new Money(new BigDecimal(amount), "JPY");
    }

    /** A call of EU and JP budgeting 5,000,000.00 EUR and 800,000,000 JPY, JP listed first. */
    static OpenAgreement openCall() {
        Map<String, Money> budget = new LinkedHashMap<>();
        budget.put("JP", jpy("800000000"));
        budget.put("EU", eur("5000000.00"));
        return new OpenAgreement("call-1", List.of("JP", "EU"), budget, List.of("CLIMATE_CHANGE"), 40);
    }

    /** A freshly opened agreement as the service loads it: version 1, nothing pending. */
    static Agreement opened() {
        return stored(Agreement.open(openCall(), null, CONTEXT));
    }

    static Commitment eu(String id, String amount) {
        return new Commitment(id, "EU", "REA", eur(amount), TODAY, null);
    }

    static Commitment jp(String id, String amount) {
        return new Commitment(id, "JP", "JST", jpy(amount), TODAY, null);
    }

    /** Secured with exactly the indicative budgets: c-eu (REA) and c-jp (JST). */
    static Agreement secured() {
        return stored(opened().commit(eu("c-eu", "5000000.00"), CONTEXT).commit(jp("c-jp", "800000000"), CONTEXT));
    }

    /** Secured, then these results allocated. */
    static Agreement allocated(Results results) {
        return stored(secured().allocate(results, CONTEXT));
    }

    /** A proposal with the given partners: each "SIDE:organisation:amount". */
    static ProposalShares proposal(String id, int rank, String... partners) {
        Map<String, List<PartnerRequest>> bySide = new LinkedHashMap<>();
        Arrays.stream(partners).map(p -> p.split(":")).forEach(p -> bySide.computeIfAbsent(p[0], s -> new ArrayList<>())
                .add(new PartnerRequest(p[1], p[0].equals("EU") ? eur(p[2]) : jpy(p[2]))));
        return new ProposalShares(id, rank, bySide);
    }

    /** As the service reads it back: through the store's mapping, at the version of its last event. */
    static Agreement stored(Agreement agreement) {
        long version = agreement.version() + agreement.recordedEvents().size();
        Document document = new Document();
        CONVERTER.write(agreement, document);
        return CONVERTER.read(Agreement.class, document).readAt(version);
    }

    @SuppressWarnings("unchecked")
    static <T extends SpecificRecord> List<T> events(Agreement agreement, Class<T> type) {
        return agreement.recordedEvents().stream().filter(type::isInstance).map(e -> (T) e).toList();
    }

    static List<String> eventTypes(Agreement agreement) {
        return agreement.recordedEvents().stream().map(e -> e.getClass().getSimpleName()).toList();
    }

    private static MappingMongoConverter converter() {
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }
}
