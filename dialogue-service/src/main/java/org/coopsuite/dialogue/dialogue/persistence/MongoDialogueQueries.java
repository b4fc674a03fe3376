package org.coopsuite.dialogue.dialogue.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.coopsuite.dialogue.dialogue.Dialogue;
import org.coopsuite.dialogue.dialogue.DialogueQueries;
import org.coopsuite.dialogue.dialogue.DialogueState;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * Queries the stored dialogues' state sub-documents. None of these has a unique index of exactly
 * its fields, so the local stack's server scans: fine at the hundreds of dialogues a cooperation holds.
 */
@Component
class MongoDialogueQueries implements DialogueQueries {

    private static final String COLLECTION = "dialogues";
    private static final String ITEMS = "state.agenda.items";

    private final MongoTemplate mongo;

    MongoDialogueQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<String> nextScheduled(DialogueLevel level, LocalDate onOrAfter) {
        Query query = Query.query(Criteria.where("state.state").is(DialogueState.SCHEDULED.name())
                .and("state.level").is(level.name()).and("state.date").gte(stored(onOrAfter)))
                .with(Sort.by("state.date", "_id")).limit(1);
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream().map(d -> d.getString("_id")).findFirst();
    }

    @Override
    public boolean holdsItemFrom(String eventId) {
        return mongo.exists(Query.query(Criteria.where(ITEMS + ".source.eventId").is(eventId)), COLLECTION);
    }

    @Override
    public boolean holdsEscalated(String subjectId, DialogueLevel level) {
        Criteria item = Criteria.where("escalated").is(true).and("source.subjectId").is(subjectId);
        return mongo.exists(Query.query(Criteria.where("state.level").is(level.name()).and(ITEMS).elemMatch(item)),
                COLLECTION);
    }

    @Override
    public List<String> notTakenUp(String sourceEventType, LocalDate addedOnOrBefore) {
        Criteria item = Criteria.where("source.eventType").is(sourceEventType).and("addedOn").lte(stored(addedOnOrBefore));
        Query query = Query.query(Criteria.where("state.state")
                .in(DialogueState.SCHEDULED.name(), DialogueState.POSTPONED.name()).and(ITEMS).elemMatch(item));
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }

    @Override
    public Page<Dialogue> list(DialogueLevel level, DialogueState state, LocalDate from, LocalDate to, Pageable page) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("state.date").exists(true));
        if (level != null) {
            all.add(Criteria.where("state.level").is(level.name()));
        }
        if (state != null) {
            all.add(Criteria.where("state.state").is(state.name()));
        }
        if (from != null) {
            all.add(Criteria.where("state.date").gte(stored(from)));
        }
        if (to != null) {
            all.add(Criteria.where("state.date").lte(stored(to)));
        }
        Criteria criteria = new Criteria().andOperator(all);
        Query query = Query.query(criteria).with(Sort.by("state.date", "_id")).with(page);
        query.fields().include("version").include("state");
        List<Dialogue> found = mongo.find(query, Document.class, COLLECTION).stream().map(this::dialogue).toList();
        return PageableExecutionUtils.getPage(found, page, () -> mongo.count(Query.query(criteria), COLLECTION));
    }

    private Dialogue dialogue(Document stored) {
        Dialogue dialogue = mongo.getConverter().read(Dialogue.class, stored.get("state", Document.class));
        return dialogue.readAt(stored.get("version", Number.class).longValue());
    }

    /** A date as the converter stores it, so that the comparison is with like. */
    private Object stored(LocalDate day) {
        return mongo.getConverter().convertToMongoType(day);
    }
}
