package org.coopsuite.call.call;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.common.CallModality;

/** Draft the call a dialogue's mandate decided, under the id the mandate fixed. */
public record DraftCallFromMandate(String callId, String title, CallModality modality, String strategicArea,
        List<String> topics, Map<String, Money> indicativeBudget, LocalDate targetOpeningDate,
        MandateReference mandate, List<String> globalChallenges) {

    public DraftCallFromMandate {
        globalChallenges = globalChallenges == null ? List.of() : List.copyOf(globalChallenges);
    }

    /** A mandate that names no global challenge. */
    public DraftCallFromMandate(String callId, String title, CallModality modality, String strategicArea,
            List<String> topics, Map<String, Money> indicativeBudget, LocalDate targetOpeningDate,
            MandateReference mandate) {
        this(callId, title, modality, strategicArea, topics, indicativeBudget, targetOpeningDate, mandate, List.of());
    }
}
