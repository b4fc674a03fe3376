package org.coopsuite.call.call.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.call.call.DraftCallFromMandate;
import org.coopsuite.call.call.MandateReference;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.common.CallModality;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.common.SideAmount;
import org.coopsuite.schemas.dialogue.CallMandate;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.junit.jupiter.api.Test;

class MandateConsumerTest {

    @Test
    void draftsTheCallTheMandateDescribes() {
        DraftCallFromMandate draft = MandateConsumer.draft(mandateDecided(LocalDate.of(2027, 6, 1)));

        assertThat(draft).isEqualTo(new DraftCallFromMandate("call-1", "Launch a joint call on smart cities.",
                CallModality.COORDINATED, "DIGITAL", List.of("quantum networks", "6G"),
                Map.of("EU", new Money(new BigDecimal("15000000.50"), "EUR"),
                        "JP", new Money(new BigDecimal("2000000000"), "JPY")),
                LocalDate.of(2027, 6, 1), new MandateReference("dlg-1", "dec-1")));
    }

    @Test
    void carriesTheGlobalChallengesTheMandateNames() {
        DecisionRecorded decided = mandateDecided(null);
        decided.getMandate().setGlobalChallenges(List.of("PANDEMICS", "AGEING_SOCIETIES"));

        assertThat(MandateConsumer.draft(decided).globalChallenges()).containsExactly("PANDEMICS", "AGEING_SOCIETIES");
        assertThat(MandateConsumer.draft(mandateDecided(null)).globalChallenges()).isEmpty();
    }

    @Test
    void leavesTheOpeningDateOpenWhenTheMandateNamesNone() {
        DraftCallFromMandate draft = MandateConsumer.draft(mandateDecided(null));

        assertThat(draft.targetOpeningDate()).isNull();
    }

    private static DecisionRecorded mandateDecided(LocalDate opening) {
        return DecisionRecorded.newBuilder()
                .setMeta(EventMeta.newBuilder().setEventId("event-7").setEventType("DecisionRecorded")
                        .setAggregateType("Dialogue").setAggregateId("dlg-1").setAggregateVersion(3)
                        .setOccurredAt(Instant.parse("2026-11-25T10:00:00Z")).setCorrelationId("corr-1")
                        .setProducer("dialogue-service").build())
                .setDialogueId("dlg-1").setDecisionId("dec-1").setKind(DecisionKind.CALL_MANDATE)
                .setSummary("Launch a joint call on smart cities.")
                .setMandate(CallMandate.newBuilder().setCallId("call-1").setModality(CallModality.COORDINATED)
                        .setStrategicArea("DIGITAL").setTopics(List.of("quantum networks", "6G"))
                        .setIndicativeBudget(List.of(sideAmount("EU", "15000000.50", "EUR"),
                                sideAmount("JP", "2000000000", "JPY")))
                        .setTargetOpeningDate(opening).build())
                .build();
    }

    private static SideAmount sideAmount(String side, String amount, String currency) {
        return SideAmount.newBuilder().setSide(side).setAmount(org.coopsuite.schemas.common.Money.newBuilder()
                .setAmount(amount).setCurrency(currency).build()).build();
    }
}
