package org.coopsuite.dialogue.actionitem.persistence;

import java.time.LocalDate;
import java.util.List;

import org.coopsuite.dialogue.dialogue.ActionItem;
import org.coopsuite.dialogue.dialogue.ActionItemState;
import org.coopsuite.dialogue.actionitem.ActionItems;
import org.coopsuite.dialogue.dialogue.Dialogue;
import org.coopsuite.dialogue.dialogue.DialogueService;
import org.coopsuite.platform.aggregate.AggregateRepository;
import org.coopsuite.platform.aggregate.Aggregates;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Queries the action items inside the stored dialogues' state ({@code actionItems.items}), so
 * there is no second copy of them to keep in step.
 */
@Component
class MongoActionItems implements ActionItems {

    private static final String ITEMS = "actionItems.items";

    private final AggregateRepository<Dialogue> dialogues;

    MongoActionItems(Aggregates aggregates) {
        this.dialogues = aggregates.repository(DialogueService.COLLECTION, Dialogue.class);
    }

    @Override
    public List<String> dialoguesWithOpenItemsDueBefore(LocalDate day) {
        Criteria item = Criteria.where("state").is(ActionItemState.OPEN.name()).and("dueDate").lt(day);
        return dialogues.ids(Criteria.where(ITEMS).elemMatch(item));
    }

    @Override
    public Page<ListedActionItem> list(String side, ActionItemState state, Pageable pageable) {
        return dialogues.elements(ITEMS, items(side, state), Sort.by("dueDate"), ActionItem.class, pageable)
                .map(listed -> new ListedActionItem(listed.aggregateId(), listed.value()));
    }

    @Override
    public long count(String side, ActionItemState state) {
        return dialogues.countElements(ITEMS, items(side, state));
    }

    /** The filters on an item's own fields. */
    private static Criteria items(String side, ActionItemState state) {
        Criteria criteria = Criteria.where("dueDate").exists(true);
        if (side != null) {
            criteria = criteria.and("ownerSide").is(side);
        }
        if (state != null) {
            criteria = criteria.and("state").is(state.name());
        }
        return criteria;
    }
}
