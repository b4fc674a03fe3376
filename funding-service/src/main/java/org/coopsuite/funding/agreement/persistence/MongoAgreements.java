package org.coopsuite.funding.agreement.persistence;

import java.time.LocalDate;
import java.util.List;

import org.coopsuite.funding.agreement.Agreement;
import org.coopsuite.funding.agreement.AgreementService;
import org.coopsuite.funding.agreement.AgreementState;
import org.coopsuite.funding.agreement.Agreements;
import org.coopsuite.platform.aggregate.AggregateRepository;
import org.coopsuite.platform.aggregate.Aggregates;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/** Lists the stored agreements on their state's fields, so there is no second copy of them to keep in step. */
@Component
class MongoAgreements implements Agreements {

    private final AggregateRepository<Agreement> agreements;

    MongoAgreements(Aggregates aggregates) {
        this.agreements = aggregates.repository(AgreementService.COLLECTION, Agreement.class);
    }

    @Override
    public Page<Agreement> list(AgreementState state, String side, String callId, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (state != null) {
            criteria = criteria.and("state").is(state.name());
        }
        if (side != null) {
            criteria = criteria.and("participatingSides").is(side);
        }
        if (callId != null) {
            criteria = criteria.and("callId").is(callId);
        }
        return agreements.page(criteria, Sort.unsorted(), pageable);
    }

    @Override
    public List<String> pendingPastTheirFundingPeriod(LocalDate today) {
        return agreements.ids(Criteria.where("state").is(AgreementState.PENDING_COMMITMENTS.name())
                .and("fundingOverdue").is(false).and("fundingDueOn").lt(today));
    }
}
