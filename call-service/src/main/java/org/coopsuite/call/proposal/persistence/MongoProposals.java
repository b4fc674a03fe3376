package org.coopsuite.call.proposal.persistence;

import java.util.List;

import org.bson.Document;
import org.coopsuite.call.proposal.Proposal;
import org.coopsuite.call.proposal.Proposals;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Queries the stored proposals ({@code proposals}, aggregate documents with their state under {@code state}). */
@Component
class MongoProposals implements Proposals {

    private static final String COLLECTION = "proposals";

    private final MongoTemplate mongo;

    MongoProposals(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Proposal> ofCall(String callId) {
        Query query = Query.query(Criteria.where("state.callId").is(callId)).with(Sort.by("state.submittedAt", "_id"));
        query.fields().include("version").include("state");
        return mongo.find(query, Document.class, COLLECTION).stream().map(this::proposal).toList();
    }

    private Proposal proposal(Document document) {
        Proposal proposal = mongo.getConverter().read(Proposal.class, document.get("state", Document.class));
        return proposal.readAt(document.get("version", Number.class).longValue());
    }
}
