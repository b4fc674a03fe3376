package org.coopsuite.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    /** The decoder behind the cache: accepts tokens that start with "good", expiring as told, and counts its work. */
    private final List<String> decoded = new ArrayList<>();
    private Instant expiresAt = NOW.plus(Duration.ofHours(1));
    private final JwtDecoder decoder = token -> {
        decoded.add(token);
        if (!token.startsWith("good")) {
            throw new BadJwtException("Bad signature");
        }
        Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("officer");
        return (expiresAt == null ? jwt : jwt.expiresAt(expiresAt)).build();
    };
    private final AtomicLong nanos = new AtomicLong();
    private final VerifiedTokens tokens = new VerifiedTokens(decoder, Clock.fixed(NOW, ZoneOffset.UTC), nanos::get);

    @Test
    void aTokenIsVerifiedOnceAndAnsweredFromMemoryAfterwards() {
        Jwt first = tokens.decode("good-1");
        Jwt again = tokens.decode("good-1");
        tokens.decode("good-2");

        assertThat(again).isSameAs(first);
        assertThat(decoded).containsExactly("good-1", "good-2");
    }

    @Test
    void aRejectedTokenIsRejectedByTheDecoderEachTime() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(decoded).containsExactly("forged", "forged");
    }

    @Test
    void aTokenIsVerifiedAgainOnceItHasExpired() {
        expiresAt = NOW.plus(Duration.ofSeconds(30));

        assertVerifiedAgainAfter("good-short", Duration.ofSeconds(30));
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheLongestItIsKept() {
        expiresAt = null;

        assertVerifiedAgainAfter("good-forever", VerifiedTokens.KEPT);
    }

    /** The token is answered from memory until a second before this time, and verified again a second after it. */
    private void assertVerifiedAgainAfter(String token, Duration kept) {
        tokens.decode(token);

        pass(kept.minusSeconds(1));
        tokens.decode(token);
        assertThat(decoded).as("still kept").hasSize(1);

        pass(Duration.ofSeconds(2));
        tokens.decode(token);
        assertThat(decoded).as("verified again").hasSize(2);
    }

    @Test
    void aTokenTheDecoderAcceptedWithinItsClockSkewIsNotKept() {
        expiresAt = NOW.minusSeconds(10);
        tokens.decode("good-late");
        tokens.decode("good-late");

        assertThat(decoded).hasSize(2);
    }

    private void pass(Duration time) {
        nanos.addAndGet(time.toNanos());
    }
}
