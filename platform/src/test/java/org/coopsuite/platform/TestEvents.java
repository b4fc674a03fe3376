package org.coopsuite.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.dialogue.CoChair;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.coopsuite.schemas.dialogue.DialogueOpened;
import org.coopsuite.schemas.dialogue.DialogueScheduled;

/** Small real events for the platform's tests: a dialogue scheduled, then opened. */
public final class TestEvents {

    public static final EventContext CONTEXT = new EventContext(Instant.parse("2026-11-25T10:00:00Z"),
            "correlation-1", null, "platform-test");

    private TestEvents() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static DialogueScheduled scheduled(String dialogueId) {
        return DialogueScheduled.newBuilder()
                .setMeta(CONTEXT.meta("DialogueScheduled", "Dialogue", dialogueId, 1))
                .setDialogueId(dialogueId).setTitle("Joint Committee").setLevel(DialogueLevel.JOINT_COMMITTEE)
                .setDate(LocalDate.of(2027, 3, 1)).setParticipatingSides(List.of("EU", "JP"))
                .setCoChairs(List.of(CoChair.newBuilder().setSide("EU").setName("A").build(),
                        CoChair.newBuilder().setSide("JP").setName("B").build()))
                .build();
    }

    public static DialogueOpened opened(String dialogueId, long version) {
        return DialogueOpened.newBuilder()
                .setMeta(CONTEXT.meta("DialogueOpened", "Dialogue", dialogueId, version))
                .setDialogueId(dialogueId).build();
    }
}
