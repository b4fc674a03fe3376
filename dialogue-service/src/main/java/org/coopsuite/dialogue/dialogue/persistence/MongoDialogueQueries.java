package org.coopsuite.dialogue.dialogue.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.coopsuite.dialogue.dialogue.Dialogue;
import org.coopsuite.dialogue.dialogue.DialogueQueries;
import org.coopsuite.dialogue.dialogue.DialogueService;
import org.coopsuite.dialogue.dialogue.DialogueState;
import org.coopsuite.platform.aggregate.AggregateRepository;
import org.coopsuite.platform.aggregate.Aggregates;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Queries the stored dialogues on their state's fields. None of these has a unique index of exactly
 * its fields, so the local stack's server scans: fine at the hundreds of dialogues a cooperation holds.
 */
@Component
class MongoDialogueQueries implements DialogueQueries {

    private static final String ITEMS = "agenda.items";
    private static final Sort BY_DATE = Sort.by("date");

    private final AggregateRepository<Dialogue> dialogues;

    MongoDialogueQueries(Aggregates aggregates) {
        this.dialogues = aggregates.repository(DialogueService.COLLECTION, Dialogue.class);
    }

    @Override
    public Optional<String> nextScheduled(DialogueLevel level, LocalDate onOrAfter) {
        return dialogues.firstId(Criteria.where("state").is(DialogueState.SCHEDULED.name())
                .and("level").is(level.name()).and("date").gte(onOrAfter), BY_DATE);
    }

    @Override
    public boolean holdsItemFrom(String eventId) {
        return dialogues.exists(Criteria.where(ITEMS + ".source.eventId").is(eventId));
    }

    @Override
    public boolean holdsEscalated(String subjectId, DialogueLevel level) {
        Criteria item = Criteria.where("escalated").is(true).and("source.subjectId").is(subjectId);
        return dialogues.exists(Criteria.where("level").is(level.name()).and(ITEMS).elemMatch(item));
    }

    @Override
    public List<String> notTakenUp(String sourceEventType, LocalDate addedOnOrBefore) {
        Criteria item = Criteria.where("source.eventType").is(sourceEventType).and("addedOn").lte(addedOnOrBefore);
        return dialogues.ids(Criteria.where("state").in(DialogueState.SCHEDULED.name(), DialogueState.POSTPONED.name())
                .and(ITEMS).elemMatch(item));
    }

    @Override
    public boolean isSynergy(String decisionId) {
        // a decision's id is stored as the sub-document's _id, as Spring Data maps an id property
        Criteria decision = Criteria.where("_id").is(decisionId).and("kind").is(DecisionKind.SYNERGY_IDENTIFIED.name());
        return dialogues.exists(Criteria.where("decisions").elemMatch(decision));
    }

    @Override
    public Page<Dialogue> list(DialogueLevel level, DialogueState state, LocalDate from, LocalDate to,
            Pageable pageable) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("date").exists(true));
        if (level != null) {
            all.add(Criteria.where("level").is(level.name()));
        }
        if (state != null) {
            all.add(Criteria.where("state").is(state.name()));
        }
        if (from != null) {
            all.add(Criteria.where("date").gte(from));
        }
        if (to != null) {
            all.add(Criteria.where("date").lte(to));
        }
        return dialogues.page(new Criteria().andOperator(all), BY_DATE, pageable);
    }
}
