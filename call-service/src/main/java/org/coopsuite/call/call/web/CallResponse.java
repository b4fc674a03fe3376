package org.coopsuite.call.call.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.call.call.Call;
import org.coopsuite.call.call.CallState;
import org.coopsuite.call.call.MandateReference;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.common.CallModality;

/** A call as the API shows it; {@code version} goes back in {@code If-Match} to guard a command. */
record CallResponse(String id, long version, String title, CallModality modality, CallState state,
        List<String> participatingSides, List<String> strategicAreas, List<String> topics,
        Map<String, Money> indicativeBudget, LocalDate targetOpeningDate, MandateReference mandate) {

    static CallResponse of(Call call) {
        return new CallResponse(call.id(), call.version(), call.title(), call.modality(), call.state(),
                call.participatingSides(), call.strategicAreas(), call.topics(), call.indicativeBudget(),
                call.targetOpeningDate(), call.mandate());
    }
}
