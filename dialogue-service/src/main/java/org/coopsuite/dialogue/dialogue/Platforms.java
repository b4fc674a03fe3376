package org.coopsuite.dialogue.dialogue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coopsuite.platform.domain.InvalidCommandException;
import org.springframework.stereotype.Component;

/** The configured platforms, and what scheduling a meeting of one means. */
@Component
public class Platforms {

    private final List<Platform> platforms;

    public Platforms(DialogueProperties properties) {
        this.platforms = properties.platforms();
    }

    public List<Platform> all() {
        return platforms;
    }

    public Optional<Platform> find(String id) {
        return platforms.stream().filter(platform -> platform.id().equals(id)).findFirst();
    }

    /**
     * The command with its level: a one-off dialogue names one; a meeting of a platform takes the
     * platform's (naming another is refused), and its co-chairs are those of the platform's sides.
     */
    ScheduleDialogue resolve(ScheduleDialogue command) {
        if (command.platformId() == null) {
            if (command.level() == null) {
                throw new InvalidCommandException(Map.of("level", "must be given, or a platformId"));
            }
            return command;
        }
        Platform platform = find(command.platformId()).orElseThrow(() -> new InvalidCommandException(Map.of("platformId",
                "unknown platform; known: " + platforms.stream().map(Platform::id).toList())));
        InvalidCommandException.Collector errors = new InvalidCommandException.Collector();
        errors.check(command.level() == null || command.level() == platform.level(), "level",
                "the platform meets at " + platform.level());
        errors.check(new HashSet<>(platform.sides()).equals(command.coChairs().keySet()), "coChairs",
                "one co-chair for each of the platform's sides: " + platform.sides());
        errors.throwIfAny();
        return new ScheduleDialogue(command.title(), platform.level(), command.date(), command.coChairs(), platform.id(),
                command.dateToBeConfirmed());
    }

    /**
     * The next meeting of the platform a concluded dialogue belongs to, at its cadence from that
     * dialogue's date (today at the earliest), its date to be confirmed; none for a one-off
     * dialogue or a platform without a cadence.
     */
    Optional<ScheduleDialogue> nextAfter(Dialogue concluded, LocalDate today) {
        return Optional.ofNullable(concluded.platformId()).flatMap(this::find).filter(p -> p.cadence() != null)
                .map(p -> {
                    LocalDate proposed = concluded.date().plus(p.cadence());
                    return new ScheduleDialogue(p.name(), p.level(), proposed.isBefore(today) ? today : proposed,
                            concluded.coChairs(), p.id(), true);
                });
    }
}
