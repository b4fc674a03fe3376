package org.coopsuite.funding.agreement.persistence;

import java.util.List;

import org.bson.Document;
import org.coopsuite.funding.agreement.Agreement;
import org.coopsuite.funding.agreement.AgreementService;
import org.coopsuite.funding.agreement.AgreementState;
import org.coopsuite.funding.agreement.Agreements;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * Lists the agreements from their stored documents ({@code {_id, version, state: {...}}}, as the
 * platform's aggregate store writes them), so there is no second copy of them to keep in step.
 */
@Component
class MongoAgreements implements Agreements {

    private static final String STATE = "state";
    private static final String VERSION = "version";

    private final MongoTemplate mongo;

    MongoAgreements(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Page<Agreement> list(AgreementState state, String side, String callId, Pageable page) {
        Criteria criteria = new Criteria();
        if (state != null) {
            criteria = criteria.and("state.state").is(state.name());
        }
        if (side != null) {
            criteria = criteria.and("state.participatingSides").is(side);
        }
        if (callId != null) {
            criteria = criteria.and("state.callId").is(callId);
        }
        Query matching = Query.query(criteria);
        Query query = Query.query(criteria).with(Sort.by("_id")).with(page);
        query.fields().include(VERSION).include(STATE);
        List<Agreement> found = mongo.find(query, Document.class, AgreementService.COLLECTION).stream()
                .map(this::agreement).toList();
        return PageableExecutionUtils.getPage(found, page, () -> mongo.count(matching, AgreementService.COLLECTION));
    }

    private Agreement agreement(Document document) {
        Agreement agreement = mongo.getConverter().read(Agreement.class, document.get(STATE, Document.class));
        return agreement.readAt(document.get(VERSION, Number.class).longValue());
    }
}
