package org.coopsuite.dialogue.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.common.CallModality;

/**
 * The decision to launch a call: exactly one call follows, with the id given here.
 *
 * @param indicativeBudget per participating side, in that side's currency
 * @param globalChallenges the global challenges of the reference data the call is to address (may be empty)
 * @param synergyDecisionId the {@code SYNERGY_IDENTIFIED} decision the call follows, or null
 */
public record CallMandate(String callId, CallModality modality, String strategicArea, List<String> topics,
        Map<String, Money> indicativeBudget, LocalDate targetOpeningDate, List<String> globalChallenges,
        String synergyDecisionId) {

    public CallMandate {
        globalChallenges = globalChallenges == null ? List.of() : List.copyOf(globalChallenges);
    }

    /** A mandate that names no global challenge and follows no synergy. */
    public CallMandate(String callId, CallModality modality, String strategicArea, List<String> topics,
            Map<String, Money> indicativeBudget, LocalDate targetOpeningDate) {
        this(callId, modality, strategicArea, topics, indicativeBudget, targetOpeningDate, List.of(), null);
    }

    /** The same mandate under the id of the call it launches. */
    CallMandate launching(String newCallId) {
        return new CallMandate(newCallId, modality, strategicArea, topics, indicativeBudget, targetOpeningDate,
                globalChallenges, synergyDecisionId);
    }
}
