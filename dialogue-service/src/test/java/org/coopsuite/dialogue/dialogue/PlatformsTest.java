package org.coopsuite.dialogue.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.CONTEXT;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.TODAY;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.reloaded;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.junit.jupiter.api.Test;

class PlatformsTest {

    private static final Map<String, String> CHAIRS = Map.of("EU", "Anna Schmidt", "JP", "Kenji Sato");

    private final Platforms platforms = new Platforms(new DialogueProperties(Duration.ofHours(1), null, List.of(
            new Platform("jc", "EU-Japan Joint Committee", DialogueLevel.JOINT_COMMITTEE, Period.ofYears(2), List.of("EU", "JP")),
            new Platform("hl", "High-Level Consultation", DialogueLevel.HIGH_LEVEL, null, List.of("EU", "JP")))));

    @Test
    void aMeetingOfAPlatformTakesItsLevel() {
        ScheduleDialogue resolved = platforms.resolve(command("jc", null, CHAIRS));

        assertThat(resolved.level()).isEqualTo(DialogueLevel.JOINT_COMMITTEE);
        assertThat(resolved.platformId()).isEqualTo("jc");
    }

    @Test
    void refusesAnUnknownPlatformAnotherLevelCoChairsOfOtherSidesAndNoLevelAtAll() {
        assertThat(errors(command("atlantis", null, CHAIRS))).containsOnlyKeys("platformId");
        assertThat(errors(command("jc", DialogueLevel.WORKING_GROUP, Map.of("EU", "A", "KR", "B"))))
                .containsOnlyKeys("level", "coChairs");
        assertThat(errors(command(null, null, CHAIRS))).containsOnlyKeys("level");
    }

    @Test
    void proposesTheNextMeetingAtTheCadenceItsDateToBeConfirmed() {
        Dialogue concluded = concluded("jc", TODAY.plusDays(10));

        ScheduleDialogue next = platforms.nextAfter(concluded, TODAY).orElseThrow();

        assertThat(next.date()).isEqualTo(TODAY.plusDays(10).plusYears(2));
        assertThat(next.dateToBeConfirmed()).isTrue();
        assertThat(next.coChairs()).isEqualTo(CHAIRS);
        assertThat(next.platformId()).isEqualTo("jc");
    }

    @Test
    void proposesNothingForAPlatformWithoutCadenceOrAOneOffDialogue() {
        assertThat(platforms.nextAfter(concluded("hl", TODAY), TODAY)).isEmpty();
        assertThat(platforms.nextAfter(concluded(null, TODAY), TODAY)).isEmpty();
    }

    private Dialogue concluded(String platformId, LocalDate date) {
        ScheduleDialogue command = platformId == null ? command(null, DialogueLevel.WORKING_GROUP, CHAIRS)
                : platforms.resolve(new ScheduleDialogue("Meeting", null, date, CHAIRS, platformId, false));
        return reloaded(Dialogue.schedule("dlg-1", command, CONTEXT).open(CONTEXT).conclude(CONTEXT)).readAt(3);
    }

    private static ScheduleDialogue command(String platformId, DialogueLevel level, Map<String, String> chairs) {
        return new ScheduleDialogue("Meeting", level, TODAY, chairs, platformId, false);
    }

    private Map<String, String> errors(ScheduleDialogue command) {
        return catchThrowableOfType(InvalidCommandException.class, () -> platforms.resolve(command)).fieldErrors();
    }
}
