package org.coopsuite.dialogue.actionitem.persistence;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.limit;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.skip;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.unwind;

import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.coopsuite.dialogue.dialogue.ActionItem;
import org.coopsuite.dialogue.dialogue.ActionItemState;
import org.coopsuite.dialogue.actionitem.ActionItems;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * Queries the action items inside the stored dialogues ({@code state.actionItems.items}), so there is no
 * second copy of them to keep in step.
 */
@Component
class MongoActionItems implements ActionItems {

    private static final String COLLECTION = "dialogues";
    private static final String ITEMS = "state.actionItems.items";

    private final MongoTemplate mongo;

    MongoActionItems(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<String> dialoguesWithOpenItemsDueBefore(LocalDate day) {
        Criteria item = Criteria.where("state").is(ActionItemState.OPEN.name()).and("dueDate").lt(stored(day));
        Query query = Query.query(Criteria.where(ITEMS).elemMatch(item));
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
    }

    @Override
    public Page<ListedActionItem> list(String side, ActionItemState state, Pageable page) {
        Criteria item = itemCriteria(side, state, "");
        Criteria unwound = itemCriteria(side, state, ITEMS + ".");
        var pipeline = newAggregation(match(Criteria.where(ITEMS).elemMatch(item)), unwind(ITEMS), match(unwound),
                sort(Sort.by(ITEMS + ".dueDate", "_id", ITEMS + "._id")), skip(page.getOffset()), limit(page.getPageSize()));
        List<ListedActionItem> found = mongo.aggregate(pipeline, COLLECTION, Document.class).getMappedResults().stream()
                .map(this::listed).toList();
        return PageableExecutionUtils.getPage(found, page, () -> count(side, state));
    }

    @Override
    public long count(String side, ActionItemState state) {
        var pipeline = newAggregation(match(Criteria.where(ITEMS).elemMatch(itemCriteria(side, state, ""))), unwind(ITEMS),
                match(itemCriteria(side, state, ITEMS + ".")), group().count().as("n"));
        Document counted = mongo.aggregate(pipeline, COLLECTION, Document.class).getUniqueMappedResult();
        return counted == null ? 0 : counted.get("n", Number.class).longValue();
    }

    /** The filters on an item's fields, as they are named inside the array or after unwinding it. */
    private static Criteria itemCriteria(String side, ActionItemState state, String prefix) {
        Criteria criteria = Criteria.where(prefix + "dueDate").exists(true);
        if (side != null) {
            criteria = criteria.and(prefix + "ownerSide").is(side);
        }
        if (state != null) {
            criteria = criteria.and(prefix + "state").is(state.name());
        }
        return criteria;
    }

    private ListedActionItem listed(Document unwound) {
        Document item = unwound.get("state", Document.class).get("actionItems", Document.class).get("items", Document.class);
        return new ListedActionItem(unwound.getString("_id"), mongo.getConverter().read(ActionItem.class, item));
    }

    /** A date as the converter stores it, so that the comparison is with like. */
    private Object stored(LocalDate day) {
        return mongo.getConverter().convertToMongoType(day);
    }
}
