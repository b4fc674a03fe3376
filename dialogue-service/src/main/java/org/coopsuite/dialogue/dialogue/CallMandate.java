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
 */
public record CallMandate(String callId, CallModality modality, String strategicArea, List<String> topics,
        Map<String, Money> indicativeBudget, LocalDate targetOpeningDate) {
}
