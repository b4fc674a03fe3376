package org.coopsuite.call.call;

import java.util.List;

import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.call.CallResultsApproved;
import org.coopsuite.schemas.call.CallResultsProposed;
import org.coopsuite.schemas.call.CallResultsReturned;
import org.coopsuite.schemas.call.PanelAppointed;
import org.coopsuite.schemas.call.PanelTiesOrdered;
import org.coopsuite.schemas.call.RankedProposal;
import org.coopsuite.schemas.call.SideSelectionDecided;
import org.coopsuite.schemas.common.EventMeta;

/** Builds the events of {@link PanelSteps}. */
final class PanelEvents {

    private PanelEvents() {
    }

    static PanelAppointed appointed(Call call, Panel panel, EventMeta meta) {
        return PanelAppointed.newBuilder().setMeta(meta).setCallId(call.id())
                .setExperts(panel.experts().stream().map(Expert::toEvent).toList())
                .setRequiredEvaluations(panel.requiredEvaluations())
                .setCriterionThreshold(panel.criterionThreshold().stripTrailingZeros().toPlainString())
                .setTotalThreshold(panel.totalThreshold().stripTrailingZeros().toPlainString()).build();
    }

    static PanelTiesOrdered tiesOrdered(Call call, EventMeta meta) {
        return PanelTiesOrdered.newBuilder().setMeta(meta).setCallId(call.id())
                .setOrder(call.deliberation().tieOrder()).setNote(call.deliberation().tieNote()).build();
    }

    static CallResultsProposed proposed(Call call, CallResults results, EventMeta meta) {
        return CallResultsProposed.newBuilder().setMeta(meta).setCallId(call.id())
                .setMainList(results.selected().stream().map(RankedProposal::getProposalId).toList())
                .setReserve(results.reserve().stream().map(RankedProposal::getProposalId).toList())
                .setRejected(results.rejected()).build();
    }

    static CallResultsApproved approved(Call call, String side, String by, List<String> awaiting, EventMeta meta) {
        return CallResultsApproved.newBuilder().setMeta(meta).setCallId(call.id()).setSide(side).setApprovedBy(by)
                .setAwaitingSides(awaiting).build();
    }

    static CallResultsReturned returned(Call call, String side, String reason, EventMeta meta) {
        return CallResultsReturned.newBuilder().setMeta(meta).setCallId(call.id()).setSide(side).setReason(reason)
                .build();
    }

    static SideSelectionDecided sideSelected(Call call, String side, List<String> selected, Money requested,
            EventMeta meta) {
        return SideSelectionDecided.newBuilder().setMeta(meta).setCallId(call.id()).setSide(side)
                .setSelected(selected).setRequested(requested.toEvent()).build();
    }
}
