package org.coopsuite.dialogue.dialogue;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dialogue service's settings under {@code coop.dialogue}.
 *
 * @param overdueCheckInterval how often the overdue check of action items runs
 * @param escalation when and how matters not taken up escalate
 * @param platforms the standing forums whose meetings follow a cadence
 */
@ConfigurationProperties("coop.dialogue")
public record DialogueProperties(@DefaultValue("1h") Duration overdueCheckInterval,
        @DefaultValue Escalation escalation, List<Platform> platforms) {

    public DialogueProperties {
        platforms = platforms == null ? List.of() : List.copyOf(platforms);
    }

    /**
     * @param shortfallDays a funding shortfall on an agenda for this many days without the dialogue
     *        opening its session escalates
     * @param consultationLead how far ahead a consultation scheduled for an escalation is proposed
     * @param checkInterval how often the check of shortfalls not taken up runs
     * @param fundingOverdueDays a call's overdue co-funding on an agenda for this many days without
     *        the dialogue opening its session, and not secured meanwhile, escalates
     */
    public record Escalation(@DefaultValue("30") int shortfallDays, @DefaultValue("P60D") Period consultationLead,
            @DefaultValue("1h") Duration checkInterval, @DefaultValue("30") int fundingOverdueDays) {

        @ConstructorBinding
        public Escalation {
        }

        /** With the default days for an overdue co-funding. */
        public Escalation(int shortfallDays, Period consultationLead, Duration checkInterval) {
            this(shortfallDays, consultationLead, checkInterval, 30);
        }
    }
}
