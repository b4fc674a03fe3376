package org.coopsuite.infra.token;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The roles a token can carry in its {@code roles} claim. The same names as the platform's
 * {@code org.coopsuite.platform.security.Role}, which infra cannot depend on: the services
 * turn each into the authority {@code ROLE_<name>}.
 */
public enum Role {
    SECRETARIAT, PROGRAMME_OFFICER, EVALUATOR, APPLICANT, FUNDING_OFFICER, OPERATOR, VIEWER;

    /**
     * The role of that name, ignoring case.
     *
     * @throws IllegalArgumentException naming the unknown role and the known ones
     */
    public static Role named(String name) {
        return Arrays.stream(values())
                .filter(role -> role.name().equals(name.toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown role " + name + "; roles: " + names()));
    }

    /** Every role's name, comma separated, for messages. */
    static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
