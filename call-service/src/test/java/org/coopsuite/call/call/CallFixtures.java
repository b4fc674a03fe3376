package org.coopsuite.call.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.common.CallModality;

/** Small calls in each state, for the domain tests. */
public final class CallFixtures {

    public static final EventContext CONTEXT = new EventContext(Instant.parse("2026-11-25T10:00:00Z"), "corr-1",
            "request-1", "call-service");
    public static final LocalDate OPENING = LocalDate.of(2027, 1, 15);
    public static final LocalDate DEADLINE = LocalDate.of(2027, 3, 31);

    private CallFixtures() {
    }

    public static CallContent content() {
        return new CallContent("Climate-neutral cities", List.of("CLIMATE_CHANGE"), List.of("urban heat"),
                Map.of("EU", eur("5000000"), "JP", jpy("800000000")),
                new Timeline(OPENING, DEADLINE, LocalDate.of(2027, 6, 30)), EligibilityRules.DEFAULT, 100);
    }

    public static DraftCall draftCall() {
        return new DraftCall(CallModality.JOINT, List.of("JP", "EU"), content());
    }

    public static Call draft() {
        return fresh(Call.draft("call-1", draftCall(), CONTEXT));
    }

    public static Call awaitingFunding() {
        return fresh(draft().submitForFunding(CONTEXT));
    }

    public static Call open() {
        return fresh(awaitingFunding().open(OPENING, true, CONTEXT));
    }

    public static Call closed() {
        return closedAfter(open());
    }

    /** A closed call of that modality (of the same sides and content as the others). */
    public static Call closed(CallModality modality) {
        Call draft = fresh(Call.draft("call-1", new DraftCall(modality, List.of("JP", "EU"), content()), CONTEXT));
        return closedAfter(fresh(fresh(draft.submitForFunding(CONTEXT)).open(OPENING, true, CONTEXT)));
    }

    /** The panel {@link #inEvaluation} is appointed: one expert per side, one evaluation per proposal, 3 and 10. */
    public static Panel panel() {
        return new Panel(List.of(new Expert("expert-eu", "EU", "KU Leuven"), new Expert("expert-jp", "JP",
                "Osaka University")), 1, new BigDecimal("3"), BigDecimal.TEN);
    }

    /** A closed call given {@link #panel()}, then in evaluation: no evaluation starts without a panel. */
    public static Call inEvaluation() {
        return fresh(PanelSteps.appointPanel(closed(), panel(), CONTEXT).startEvaluation(2, CONTEXT));
    }

    private static Call closedAfter(Call open) {
        return fresh(open.close(org.coopsuite.schemas.call.CallClosure.BY_HAND, OPENING.plusDays(3), CONTEXT));
    }

    /** The call as it would be read back: at the version of its last event, with no new events. */
    static Call fresh(Call call) {
        long version = call.version() + call.recordedEvents().size();
        Call copy = new Call();
        copyState(call, copy);
        return copy.readAt(version);
    }

    private static void copyState(Call from, Call to) {
        for (var field : Call.class.getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            try {
                Object value = field.get(from);
                field.set(to, value instanceof List<?> list ? new java.util.ArrayList<>(list) : value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }

    public static Money jpy(String amount) {
        return new Money(new BigDecimal(amount), "JPY");
    }
}
