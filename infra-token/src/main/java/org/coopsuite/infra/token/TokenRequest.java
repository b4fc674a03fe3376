package org.coopsuite.infra.token;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a token says about its bearer, and how long it lives.
 *
 * @param subject the {@code sub} claim
 * @param roles   the {@code roles} claim, at least one; iterated in declaration order
 * @param side    the {@code side} claim, e.g. {@code EU} or {@code JP}
 * @param agency  the {@code agency} claim, e.g. {@code JST}; {@code null} for none
 * @param ttl     from {@code iat} to {@code exp}
 */
public record TokenRequest(String subject, Set<Role> roles, String side, String agency, Duration ttl) {

    public TokenRequest {
        requireText(subject, "a subject");
        requireText(side, "a side");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("A token needs at least one role");
        }
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("A token needs a positive time to live, not " + ttl);
        }
        // Declaration order, no duplicates: the claim reads the same however the roles were given.
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** A request for the default time to live, {@link TokenMinter#DEFAULT_TTL}; {@code agency} may be {@code null}. */
    public static TokenRequest of(String subject, String side, String agency, Role... roles) {
        return new TokenRequest(subject, Set.copyOf(Arrays.asList(roles)), side, agency, TokenMinter.DEFAULT_TTL);
    }

    /** The roles' names, as the {@code roles} claim lists them. */
    public List<String> roleNames() {
        return roles.stream().map(Enum::name).toList();
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A token needs " + what);
        }
    }
}
