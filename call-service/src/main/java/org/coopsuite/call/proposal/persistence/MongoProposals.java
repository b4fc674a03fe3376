package org.coopsuite.call.proposal.persistence;

import java.util.List;

import org.coopsuite.call.proposal.Proposal;
import org.coopsuite.call.proposal.ProposalService;
import org.coopsuite.call.proposal.Proposals;
import org.coopsuite.platform.aggregate.AggregateRepository;
import org.coopsuite.platform.aggregate.Aggregates;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/** Queries the stored proposals on their state's fields. */
@Component
class MongoProposals implements Proposals {

    private final AggregateRepository<Proposal> proposals;

    MongoProposals(Aggregates aggregates) {
        this.proposals = aggregates.repository(ProposalService.COLLECTION, Proposal.class);
    }

    @Override
    public List<Proposal> ofCall(String callId) {
        return proposals.list(Criteria.where("callId").is(callId), Sort.by("submittedAt"));
    }

    @Override
    public List<Proposal> joinedReserve(String callId) {
        return proposals.list(Criteria.where("callId").is(callId).and("reserveRank").ne(null), Sort.by("reserveRank"));
    }
}
