package org.coopsuite.dialogue.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.junit.jupiter.api.Test;

class RouteTest {

    private final List<DialogueLevel> asked = new ArrayList<>();

    @Test
    void escalatesOneLevelUpOntoTheNextDialogueOfThatLevel() {
        Route route = Route.of(DialogueLevel.WORKING_GROUP, level -> false, this::scheduledAt);

        assertThat(route).isEqualTo(new Route(Route.Kind.ONTO_NEXT_DIALOGUE, DialogueLevel.JOINT_COMMITTEE, "JOINT_COMMITTEE-1"));
        assertThat(asked).containsExactly(DialogueLevel.JOINT_COMMITTEE);
    }

    @Test
    void schedulesAConsultationWhenNoDialogueOfTheLevelAboveIsScheduled() {
        Route route = Route.of(DialogueLevel.JOINT_COMMITTEE, level -> false, level -> Optional.empty());

        assertThat(route.kind()).isEqualTo(Route.Kind.NEW_CONSULTATION);
        assertThat(route.level()).isEqualTo(DialogueLevel.HIGH_LEVEL);
    }

    @Test
    void neverEscalatesAMatterTheLevelAboveHoldsAlready() {
        Route route = Route.of(DialogueLevel.JOINT_COMMITTEE, level -> level == DialogueLevel.HIGH_LEVEL, this::scheduledAt);

        assertThat(route.kind()).isEqualTo(Route.Kind.ALREADY_ESCALATED);
        assertThat(asked).isEmpty();
    }

    @Test
    void goesNowhereFromTheHighestLevelSoAnEscalationCannotLoop() {
        Route route = Route.of(DialogueLevel.HIGH_LEVEL, level -> false, this::scheduledAt);

        assertThat(route.kind()).isEqualTo(Route.Kind.NOTHING_HIGHER);
        assertThat(asked).isEmpty();
    }

    @Test
    void eachStepClimbsExactlyOneLevelAndTheClimbEnds() {
        List<DialogueLevel> climb = new ArrayList<>();
        Optional<DialogueLevel> level = Optional.of(DialogueLevel.WORKING_GROUP);
        while (level.isPresent()) {
            climb.add(level.get());
            level = Route.above(level.get());
        }

        assertThat(climb).containsExactly(DialogueLevel.WORKING_GROUP, DialogueLevel.JOINT_COMMITTEE, DialogueLevel.HIGH_LEVEL);
    }

    private Optional<String> scheduledAt(DialogueLevel level) {
        asked.add(level);
        return Optional.of(level + "-1");
    }
}
