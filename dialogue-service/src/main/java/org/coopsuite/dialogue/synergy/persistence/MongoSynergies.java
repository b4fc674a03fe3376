package org.coopsuite.dialogue.synergy.persistence;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.coopsuite.dialogue.dialogue.Decision;
import org.coopsuite.dialogue.dialogue.Dialogue;
import org.coopsuite.dialogue.dialogue.DialogueService;
import org.coopsuite.dialogue.synergy.Synergies;
import org.coopsuite.platform.aggregate.AggregateRepository;
import org.coopsuite.platform.aggregate.Aggregates;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Queries the decisions inside the stored dialogues' state ({@code decisions}): one query for the
 * page of synergies, one for the mandates that name any of them.
 */
@Component
class MongoSynergies implements Synergies {

    private static final String DECISIONS = "decisions";
    /** The calls of one page of synergies: a synergy leads to a handful of calls, not thousands. */
    private static final Pageable CALLS_OF_A_PAGE = PageRequest.of(0, 1000);

    private final AggregateRepository<Dialogue> dialogues;

    MongoSynergies(Aggregates aggregates) {
        this.dialogues = aggregates.repository(DialogueService.COLLECTION, Dialogue.class);
    }

    @Override
    public Page<Synergy> list(Pageable pageable) {
        Page<AggregateRepository.Element<Decision>> synergies = dialogues.elements(DECISIONS,
                Criteria.where("kind").is(DecisionKind.SYNERGY_IDENTIFIED.name()), Sort.unsorted(), Decision.class, pageable);
        List<String> ids = synergies.getContent().stream().map(element -> element.value().id()).toList();
        Map<String, List<String>> calls = ids.isEmpty() ? Map.of() : dialogues.elements(DECISIONS,
                Criteria.where("mandate.synergyDecisionId").in(ids), Sort.unsorted(), Decision.class, CALLS_OF_A_PAGE)
                .getContent().stream().map(element -> element.value().mandate())
                .collect(Collectors.groupingBy(mandate -> mandate.synergyDecisionId(),
                        Collectors.mapping(mandate -> mandate.callId(), Collectors.toList())));
        return synergies.map(element -> {
            Decision decision = element.value();
            return new Synergy(decision.id(), element.aggregateId(), decision.summary(), decision.synergy().first(),
                    decision.synergy().second(), calls.getOrDefault(decision.id(), List.of()));
        });
    }
}
