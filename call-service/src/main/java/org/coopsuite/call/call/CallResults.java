package org.coopsuite.call.call;

import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.call.RankedProposal;

/**
 * The results of a call as they are published: the selected and reserve proposals best first
 * (with their consortia, which funding-service allocates from), the rejected ids and what the
 * selection spends per side.
 */
public record CallResults(List<RankedProposal> selected, List<RankedProposal> reserve, List<String> rejected,
        Map<String, Money> selectedPerSide) {
}
