package org.coopsuite.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The one syntax of every duration option of the suite's commands: a whole number and a unit
 * ({@code 500ms}, {@code 3s}, {@code 2m}, {@code 8h}, {@code 2d}) or ISO-8601 ({@code PT3S},
 * {@code P2D}, any case); positive only, since every such option is a timeout or a lifetime.
 * {@link CommandLines} registers it for every {@link Duration} option.
 */
public final class DurationConverter implements ITypeConverter<Duration> {

    /** For option descriptions: what a duration looks like. */
    public static final String SYNTAX = "500ms, 3s, 2m, 8h, 2d or ISO-8601 PT3S";

    private static final Pattern SIMPLE = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    @Override
    public Duration convert(String value) {
        try {
            Duration duration = value.toUpperCase(Locale.ROOT).startsWith("P") ? Duration.parse(value) : simple(value);
            if (!duration.isNegative() && !duration.isZero()) {
                return duration;
            }
        } catch (DateTimeParseException | ArithmeticException e) {
            // reported below; picocli names the option
        }
        throw new TypeConversionException("'" + value + "' is not a positive duration (" + SYNTAX + ")");
    }

    private static Duration simple(String value) {
        Matcher matcher = SIMPLE.matcher(value);
        if (!matcher.matches()) {
            throw new DateTimeParseException("not a duration", value, 0);
        }
        long amount = amount(matcher.group(1), value);
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    private static long amount(String digits, String value) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new DateTimeParseException("too large", value, 0);
        }
    }
}
