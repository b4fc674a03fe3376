package org.coopsuite.dialogue.overview.persistence;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coopsuite.dialogue.overview.CallOverview;
import org.coopsuite.dialogue.overview.CallOverviewProjection;
import org.coopsuite.dialogue.overview.CallOverviews;
import org.coopsuite.dialogue.overview.FundingOverviewProjection;
import org.coopsuite.dialogue.overview.OpenShortfalls;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The call overviews in MongoDB, each put together from its call view and its funding view. A
 * cooperation has tens of calls, so reading them all is fine.
 */
@Component
class MongoCallOverviews implements CallOverviews, OpenShortfalls {

    private final MongoTemplate mongo;

    MongoCallOverviews(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<CallOverview> all() {
        Map<String, CallOverview> calls = read(CallOverviewProjection.COLLECTION);
        Map<String, CallOverview> funding = read(FundingOverviewProjection.COLLECTION);
        TreeSet<String> ids = new TreeSet<>(calls.keySet());
        ids.addAll(funding.keySet());
        return ids.stream().map(id -> CallOverview.merge(id, calls.get(id), funding.get(id))).toList();
    }

    @Override
    public List<CallOverview> inArea(String area) {
        return all().stream().filter(call -> call.getStrategicAreas().contains(area)).toList();
    }

    @Override
    public boolean isOpen(String shortfallId) {
        return mongo.exists(Query.query(Criteria.where("openShortfalls").is(shortfallId)), FundingOverviewProjection.COLLECTION);
    }

    @Override
    public boolean isFundingOverdue(String callId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(callId).and("fundingOverdue").is(true)
                .and("fundingSecured").is(false)), FundingOverviewProjection.COLLECTION);
    }

    private Map<String, CallOverview> read(String collection) {
        return mongo.find(new Query(), CallOverview.class, collection).stream()
                .collect(Collectors.toMap(CallOverview::getId, Function.identity()));
    }
}
