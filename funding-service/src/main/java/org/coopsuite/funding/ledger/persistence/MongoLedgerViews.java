package org.coopsuite.funding.ledger.persistence;

import java.util.List;

import org.coopsuite.funding.ledger.LedgerProjection;
import org.coopsuite.funding.ledger.LedgerView;
import org.coopsuite.funding.ledger.LedgerViews;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads the ledgers from {@code ledgerViews}. The totals need every matching ledger: amounts are
 * stored as exact decimal strings, which MongoDB cannot sum, so the sums are made in Java.
 */
@Component
class MongoLedgerViews implements LedgerViews {

    private final MongoTemplate mongo;

    MongoLedgerViews(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<LedgerView> all(String strategicArea, String state) {
        Criteria criteria = new Criteria();
        if (strategicArea != null) {
            criteria = criteria.and("strategicAreas").is(strategicArea);
        }
        if (state != null) {
            criteria = criteria.and("state").is(state);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("_id")), LedgerView.class, LedgerProjection.COLLECTION);
    }
}
