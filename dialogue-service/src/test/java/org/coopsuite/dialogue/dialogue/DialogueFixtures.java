package org.coopsuite.dialogue.dialogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.platform.reference.ReferenceData;
import org.coopsuite.schemas.common.CallModality;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/** Small dialogues, commands and reference data for the dialogue's domain tests. */
final class DialogueFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final EventContext CONTEXT = new EventContext(Instant.parse("2026-11-25T10:00:00Z"), "corr-1", "request:1",
            "dialogue-service");
    static final ReferenceData REFERENCE = new ReferenceData(Map.of(
            "EU", new ReferenceData.Side("European Commission", "Horizon Europe", "EUR", List.of("REA")),
            "JP", new ReferenceData.Side("Government of Japan", "Moonshot", "JPY", List.of("JST"))),
            List.of("CLIMATE_CHANGE", "DIGITAL", "HEALTH"), List.of("PANDEMICS", "AGEING_SOCIETIES"));

    private static final MappingMongoConverter CONVERTER = converter();

    private DialogueFixtures() {
    }

    /** Co-chairs deliberately not in side order: JP before EU. */
    static ScheduleDialogue scheduleJointCommittee() {
        Map<String, String> coChairs = new LinkedHashMap<>();
        coChairs.put("JP", "Kenji Sato");
        coChairs.put("EU", "Anna Schmidt");
        return new ScheduleDialogue("5th EU-Japan Joint Committee", DialogueLevel.JOINT_COMMITTEE,
                TODAY.plusMonths(3), coChairs);
    }

    static ScheduleDialogue scheduleWith(Map<String, String> coChairs, LocalDate date) {
        return new ScheduleDialogue("Working group", DialogueLevel.WORKING_GROUP, date, coChairs);
    }

    static Dialogue scheduledDialogue() {
        return Dialogue.schedule("dlg-1", scheduleJointCommittee(), CONTEXT);
    }

    /** A dialogue in session as the service loads it: stored at version 2, no events pending. */
    static Dialogue dialogueInSession() {
        return reloaded(scheduledDialogue().open(CONTEXT)).readAt(2);
    }

    /** A postponed dialogue as the service loads it: stored at version 2. */
    static Dialogue postponedDialogue() {
        return reloaded(scheduledDialogue().postpone("The venue is unavailable.", CONTEXT)).readAt(2);
    }

    /** A concluded dialogue as the service loads it: stored at version 3, no minutes approved. */
    static Dialogue concludedDialogue() {
        return reloaded(scheduledDialogue().open(CONTEXT).conclude(CONTEXT)).readAt(3);
    }

    /** A cancelled dialogue as the service loads it: stored at version 2. */
    static Dialogue cancelledDialogue() {
        return reloaded(scheduledDialogue().cancel("Superseded.", CONTEXT)).readAt(2);
    }

    /** A dialogue in the given state, reached the shortest way, with no events pending. */
    static Dialogue dialogueIn(DialogueState state) {
        return switch (state) {
            case SCHEDULED -> reloaded(scheduledDialogue()).readAt(1);
            case IN_SESSION -> dialogueInSession();
            case CONCLUDED -> concludedDialogue();
            case POSTPONED -> postponedDialogue();
            case CANCELLED -> cancelledDialogue();
        };
    }

    static final LocalDate DUE = TODAY.plusDays(30);

    static AssignActionItem assignToJapan() {
        return new AssignActionItem("JP", "Circulate the draft call text.", DUE);
    }

    /** A concluded dialogue with one open action item of JP's, due on {@link #DUE}, as loaded: version 4. */
    static Dialogue withOpenActionItem() {
        return reloaded(concludedDialogue().assignActionItem("act-1", assignToJapan(), CONTEXT)).readAt(4);
    }

    /** As {@link #withOpenActionItem()}, then marked overdue the day after it was due: version 5. */
    static Dialogue withOverdueActionItem() {
        return reloaded(withOpenActionItem().markOverdueActionItems(DUE.plusDays(1), CONTEXT)).readAt(5);
    }

    /** Through the same mapping the aggregate store uses, which leaves the transient fields out. */
    static Dialogue reloaded(Dialogue dialogue) {
        Document stored = new Document();
        CONVERTER.write(dialogue, stored);
        return CONVERTER.read(Dialogue.class, stored);
    }

    static CallMandate mandate(Map<String, Money> budget) {
        return new CallMandate("call-1", CallModality.JOINT, "CLIMATE_CHANGE", List.of("urban heat", "flood forecasting"),
                budget, LocalDate.of(2027, 6, 1));
    }

    /** JP before EU, and EU's amount in exponent form, to see sorting and plain strings. */
    static Map<String, Money> budget() {
        Map<String, Money> budget = new LinkedHashMap<>();
        budget.put("JP", jpy("2000000000"));
        budget.put("EU", new Money(new BigDecimal("1.5E+7"), "EUR"));
        return budget;
    }

    static Decision callMandateDecision() {
        return new Decision("dec-1", DecisionKind.CALL_MANDATE, "Launch a joint call on smart cities.", mandate(budget()));
    }

    static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }

    static Money jpy(String amount) {
        return new Money(new BigDecimal(amount), "JPY");
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
