package org.coopsuite.dialogue.dialogue;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The dialogue service's settings under {@code coop.dialogue}. */
@ConfigurationProperties("coop.dialogue")
public record DialogueProperties(@DefaultValue("1h") Duration overdueCheckInterval) {
}
