package org.coopsuite.call.call.persistence;

import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.coopsuite.call.call.Call;
import org.coopsuite.call.call.CallState;
import org.coopsuite.call.call.Calls;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/** Queries the stored calls ({@code calls}, the aggregate documents with their state under {@code state}). */
@Component
class MongoCalls implements Calls {

    private static final String COLLECTION = "calls";

    private final MongoTemplate mongo;

    MongoCalls(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<String> awaitingFundingOpeningBy(LocalDate day) {
        return ids(Criteria.where("state.state").is(CallState.AWAITING_FUNDING.name())
                .and("state.content.timeline.opening").lte(stored(day)));
    }

    @Override
    public List<String> openWithDeadlineBefore(LocalDate day) {
        return ids(Criteria.where("state.state").is(CallState.OPEN.name())
                .and("state.content.timeline.deadline").lt(stored(day)));
    }

    @Override
    public Page<Call> list(CallFilter filter, Pageable page) {
        Criteria criteria = new Criteria();
        if (filter.state() != null) {
            criteria = criteria.and("state.state").is(filter.state().name());
        }
        if (filter.side() != null) {
            criteria = criteria.and("state.participatingSides").is(filter.side());
        }
        if (filter.strategicArea() != null) {
            criteria = criteria.and("state.content.strategicAreas").is(filter.strategicArea());
        }
        if (filter.modality() != null) {
            criteria = criteria.and("state.modality").is(filter.modality().name());
        }
        Query matching = Query.query(criteria);
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "state.draftedAt").and(Sort.by("_id")))
                .with(page);
        query.fields().include("version").include("state");
        List<Call> found = mongo.find(query, Document.class, COLLECTION).stream().map(this::call).toList();
        return PageableExecutionUtils.getPage(found, page, () -> mongo.count(matching, COLLECTION));
    }

    private Call call(Document document) {
        Call call = mongo.getConverter().read(Call.class, document.get("state", Document.class));
        return call.readAt(document.get("version", Number.class).longValue());
    }

    private List<String> ids(Criteria criteria) {
        Query query = Query.query(criteria);
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }

    /** A date as the converter stores it, so that the comparison is with like. */
    private Object stored(LocalDate day) {
        return mongo.getConverter().convertToMongoType(day);
    }
}
