package org.coopsuite.dialogue.synergy;

import java.util.List;

import org.coopsuite.dialogue.dialogue.SynergyPair;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The synergies register: every {@code SYNERGY_IDENTIFIED} decision of every dialogue, with the
 * programme lines it pairs and the calls whose mandate names it. Read from the decisions stored in
 * the dialogues, so there is no second copy of them to keep in step.
 */
public interface Synergies {

    /** One page of synergies, by dialogue id, then decision id, with the total. */
    Page<Synergy> list(Pageable pageable);

    /**
     * A synergy the cooperation identified.
     *
     * @param calls the ids of the calls mandated as following it, by the mandating dialogue's id, then the mandate's decision id
     */
    record Synergy(String decisionId, String dialogueId, String summary, SynergyPair.Line first,
            SynergyPair.Line second, List<String> calls) {
    }
}
