package org.coopsuite.call.call.persistence;

import java.time.LocalDate;
import java.util.List;

import org.coopsuite.call.call.Call;
import org.coopsuite.call.call.CallService;
import org.coopsuite.call.call.CallState;
import org.coopsuite.call.call.Calls;
import org.coopsuite.platform.aggregate.AggregateRepository;
import org.coopsuite.platform.aggregate.Aggregates;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/** Queries the stored calls on their state's fields. */
@Component
class MongoCalls implements Calls {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "draftedAt");

    private final AggregateRepository<Call> calls;

    MongoCalls(Aggregates aggregates) {
        this.calls = aggregates.repository(CallService.COLLECTION, Call.class);
    }

    @Override
    public List<String> awaitingFundingOpeningBy(LocalDate day) {
        return calls.ids(Criteria.where("state").is(CallState.AWAITING_FUNDING.name())
                .and("content.timeline.opening").lte(day));
    }

    @Override
    public List<String> openWithDeadlineBefore(LocalDate day) {
        return calls.ids(Criteria.where("state").is(CallState.OPEN.name()).and("content.timeline.deadline").lt(day));
    }

    @Override
    public Page<Call> list(CallFilter filter, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (filter.state() != null) {
            criteria = criteria.and("state").is(filter.state().name());
        }
        if (filter.side() != null) {
            criteria = criteria.and("participatingSides").is(filter.side());
        }
        if (filter.strategicArea() != null) {
            criteria = criteria.and("content.strategicAreas").is(filter.strategicArea());
        }
        if (filter.modality() != null) {
            criteria = criteria.and("modality").is(filter.modality().name());
        }
        return calls.page(criteria, NEWEST_FIRST, pageable);
    }
}
