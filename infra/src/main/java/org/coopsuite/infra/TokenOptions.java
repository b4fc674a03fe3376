package org.coopsuite.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopsuite.infra.token.Role;
import org.coopsuite.infra.token.TokenMinter;
import org.coopsuite.infra.token.TokenRequest;

/**
 * The arguments of the {@code token} command: which token to mint, and where the keys are.
 *
 * @param request what to mint
 * @param dataDir the local stack's data directory, whose {@code keys/} holds the signing key
 */
record TokenOptions(TokenRequest request, Path dataDir) {

    static final String USAGE = "token --role <role> [--role <role>...] --side <side> [--agency <agency>]"
            + " [--subject <name>] [--ttl <8h|30m|90s|2d>] [--data-dir <dir>]; roles: " + Role.names();

    private static final Pattern TTL = Pattern.compile("(\\d+)([smhd])");

    /** @throws IllegalArgumentException saying which argument is missing, unknown or wrong */
    static TokenOptions parse(String... args) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String side = null;
        String agency = null;
        String subject = null;
        Duration ttl = TokenMinter.DEFAULT_TTL;
        Path dataDir = Path.of("var");
        Deque<String> remaining = new ArrayDeque<>(Arrays.asList(args));
        while (!remaining.isEmpty()) {
            String option = remaining.pop();
            String value = valueOf(option, remaining);
            switch (option) {
                case "--role" -> roles.add(Role.named(value));
                case "--side" -> side = code(value);
                case "--agency" -> agency = code(value);
                case "--subject" -> subject = value;
                case "--ttl" -> ttl = ttl(value);
                case "--data-dir" -> dataDir = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        checkComplete(roles, side, agency);
        return new TokenOptions(new TokenRequest(subject == null ? defaultSubject(roles, side) : subject,
                roles, side, agency, ttl), dataDir);
    }

    private static String valueOf(String option, Deque<String> remaining) {
        if (!option.startsWith("--")) {
            throw new IllegalArgumentException("Unknown argument " + option);
        }
        if (remaining.isEmpty() || remaining.peek().startsWith("--")) {
            throw new IllegalArgumentException("Option " + option + " needs a value");
        }
        return remaining.pop();
    }

    private static void checkComplete(Set<Role> roles, String side, String agency) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("Missing --role (one or more of " + Role.names() + ")");
        }
        if (side == null) {
            throw new IllegalArgumentException("Missing --side (e.g. --side EU)");
        }
        // The services would refuse every commitment of such a token: better to say so now.
        if (roles.contains(Role.FUNDING_OFFICER) && agency == null) {
            throw new IllegalArgumentException("A FUNDING_OFFICER needs --agency (e.g. --agency JST)");
        }
    }

    // Sides and agencies are upper-case codes (EU, JST): "eu" would mint a token that matches nothing.
    private static String code(String value) {
        return value.toUpperCase(Locale.ROOT);
    }

    static Duration ttl(String value) {
        Matcher matcher = TTL.matcher(value);
        if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
            throw new IllegalArgumentException("Not a time to live for --ttl: " + value + " (e.g. 8h, 30m, 90s, 2d)");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    // Says who the bearer stands for in logs and recorded events: "funding-officer-jp".
    private static String defaultSubject(Set<Role> roles, String side) {
        String role = roles.iterator().next().name().replace('_', '-');
        return (role + "-" + side).toLowerCase(Locale.ROOT);
    }
}
