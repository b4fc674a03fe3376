package org.coopsuite.call.call.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.call.call.Call;
import org.coopsuite.call.call.CallState;
import org.coopsuite.call.call.EligibilityRules;
import org.coopsuite.call.call.MandateReference;
import org.coopsuite.call.call.StateChange;
import org.coopsuite.call.call.Timeline;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.common.CallModality;

/**
 * A call as the API shows it, with the timeline of its state changes; {@code version} goes back
 * in {@code If-Match} to guard a command.
 */
record CallResponse(String id, long version, String title, CallModality modality, CallState state,
        List<String> participatingSides, List<String> strategicAreas, List<String> topics,
        Map<String, Money> indicativeBudget, LocalDate targetOpeningDate, Timeline timeline,
        EligibilityRules eligibility, int climateCoefficient, List<String> globalChallenges, Integer fundingPeriodDays,
        MandateReference mandate, String cancellationReason, List<StateChange> history) {

    static CallResponse of(Call call) {
        var content = call.content();
        return new CallResponse(call.id(), call.version() + call.recordedEvents().size(), content.title(), call.modality(), call.state(),
                call.participatingSides(), content.strategicAreas(), content.topics(), content.indicativeBudget(),
                call.targetOpeningDate(), content.timeline(), content.eligibility(), content.climateCoefficient(),
                content.globalChallenges(), content.fundingPeriodDays(), call.mandate(), call.cancellationReason(), call.history());
    }
}
