package org.coopsuite.dialogue.dialogue;

import java.time.Period;
import java.util.List;

/**
 * A standing forum of the cooperation (a working group, the joint committee, a high-level
 * consultation), from {@code coop.dialogue.platforms}.
 *
 * @param cadence how long after one meeting the next one is proposed; null for a forum that meets
 *        only when called (a high-level consultation)
 * @param sides the sides that take part, each with one co-chair
 */
public record Platform(String id, String name, org.coopsuite.schemas.dialogue.DialogueLevel level, Period cadence,
        List<String> sides) {

    public Platform {
        sides = sides == null ? List.of() : List.copyOf(sides);
    }
}
