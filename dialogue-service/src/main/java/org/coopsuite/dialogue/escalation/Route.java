package org.coopsuite.dialogue.escalation;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.coopsuite.schemas.dialogue.DialogueLevel;

/**
 * Where an escalated matter goes: the pure rule, apart from the lookups it is given. One level up
 * from where the matter sits, never further in one step; nowhere from the highest level (so a
 * matter climbs at most to the top and an escalation cannot loop); nowhere when that level holds
 * it already (so it never duplicates); onto the next scheduled dialogue of that level, or else onto
 * a consultation scheduled for it.
 *
 * @param level the level escalated to; null when the matter goes nowhere
 * @param dialogueId the dialogue taking it up; null when a consultation is to be scheduled
 */
record Route(Kind kind, DialogueLevel level, String dialogueId) {

    /** What happens to the matter. */
    public enum Kind { NOTHING_HIGHER, ALREADY_ESCALATED, ONTO_NEXT_DIALOGUE, NEW_CONSULTATION }

    static Route of(DialogueLevel from, Predicate<DialogueLevel> holdsItAlready,
            Function<DialogueLevel, Optional<String>> nextScheduled) {
        Optional<DialogueLevel> up = above(from);
        if (up.isEmpty()) {
            return new Route(Kind.NOTHING_HIGHER, null, null);
        }
        DialogueLevel level = up.get();
        if (holdsItAlready.test(level)) {
            return new Route(Kind.ALREADY_ESCALATED, level, null);
        }
        return nextScheduled.apply(level).map(id -> new Route(Kind.ONTO_NEXT_DIALOGUE, level, id))
                .orElseGet(() -> new Route(Kind.NEW_CONSULTATION, level, null));
    }

    /** The level above, in the order {@code WORKING_GROUP < JOINT_COMMITTEE < HIGH_LEVEL}. */
    static Optional<DialogueLevel> above(DialogueLevel level) {
        return switch (level) {
            case WORKING_GROUP -> Optional.of(DialogueLevel.JOINT_COMMITTEE);
            case JOINT_COMMITTEE -> Optional.of(DialogueLevel.HIGH_LEVEL);
            case HIGH_LEVEL, UNKNOWN -> Optional.empty();
        };
    }
}
