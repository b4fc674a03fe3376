package org.coopsuite.tools.tail;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them: {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, or ISO-8601 {@code PT1M}. */
final class Durations {

    private static final Pattern SIMPLE = Pattern.compile("(\\d+)(ms|s|m|h)");

    private Durations() {
    }

    /** @throws IllegalArgumentException naming the option, if the value is not a positive duration */
    static Duration parse(String option, String value) {
        try {
            Duration duration = value.toUpperCase().startsWith("P") ? Duration.parse(value) : simple(value);
            if (!duration.isNegative() && !duration.isZero()) {
                return duration;
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // reported below, with the option's name
        }
        throw new IllegalArgumentException(
                "Option " + option + " needs a positive duration such as 10s, 2m or PT1M, not " + value);
    }

    private static Duration simple(String value) {
        Matcher m = SIMPLE.matcher(value);
        if (!m.matches()) {
            throw new NumberFormatException(value);
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }
}
