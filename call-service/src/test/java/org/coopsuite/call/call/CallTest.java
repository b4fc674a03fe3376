package org.coopsuite.call.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.call.CallDrafted;
import org.coopsuite.schemas.common.CallModality;
import org.junit.jupiter.api.Test;

class CallTest {

    private static final EventContext CONTEXT = new EventContext(Instant.parse("2026-11-25T10:00:00Z"), "corr-1",
            "event-7", "call-service");

    @Test
    void draftsTheMandatedCallUnderTheMandatesId() {
        Call call = Call.draftFromMandate(mandatedCall(), CONTEXT);

        assertThat(call.id()).isEqualTo("call-1");
        assertThat(call.state()).isEqualTo(CallState.DRAFT);
        assertThat(call.participatingSides()).containsExactly("EU", "JP");
        assertThat(call.strategicAreas()).containsExactly("CLIMATE_CHANGE");
        assertThat(call.mandate()).isEqualTo(new MandateReference("dlg-1", "dec-1"));
    }

    @Test
    void recordsCallDraftedAtVersionOneWithTheMandateAndTheExactBudget() {
        Call call = Call.draftFromMandate(mandatedCall(), CONTEXT);

        List<SpecificRecord> events = call.recordedEvents();
        assertThat(events).hasSize(1).first().isInstanceOf(CallDrafted.class);
        CallDrafted drafted = (CallDrafted) events.get(0);
        assertThat(drafted.getMeta().getAggregateType()).isEqualTo("Call");
        assertThat(drafted.getMeta().getAggregateId()).isEqualTo("call-1");
        assertThat(drafted.getMeta().getAggregateVersion()).isEqualTo(1);
        assertThat(drafted.getMeta().getCausationId()).isEqualTo("event-7");
        assertThat(drafted.getCallId()).isEqualTo("call-1");
        assertThat(drafted.getTitle()).isEqualTo("Launch a joint call on smart cities.");
        assertThat(drafted.getModality()).isEqualTo(CallModality.JOINT);
        assertThat(drafted.getParticipatingSides()).containsExactly("EU", "JP");
        assertThat(drafted.getTopics()).containsExactly("urban heat");
        assertThat(drafted.getTargetOpeningDate()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(drafted.getIndicativeBudget())
                .extracting(b -> b.getSide() + " " + b.getAmount().getAmount() + " " + b.getAmount().getCurrency())
                .containsExactly("EU 15000000.50 EUR", "JP 2000000000 JPY");
        assertThat(drafted.getMandate().getDialogueId()).isEqualTo("dlg-1");
        assertThat(drafted.getMandate().getDecisionId()).isEqualTo("dec-1");
    }

    /** JP before EU, and JP's amount in exponent form, to see sorting and plain strings. */
    private static DraftCallFromMandate mandatedCall() {
        Map<String, Money> budget = new LinkedHashMap<>();
        budget.put("JP", new Money(new BigDecimal("2E+9"), "JPY"));
        budget.put("EU", new Money(new BigDecimal("15000000.50"), "EUR"));
        return new DraftCallFromMandate("call-1", "Launch a joint call on smart cities.", CallModality.JOINT,
                "CLIMATE_CHANGE", List.of("urban heat"), budget, LocalDate.of(2027, 6, 1),
                new MandateReference("dlg-1", "dec-1"));
    }
}
