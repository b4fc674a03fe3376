package org.coopsuite.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Decodes each distinct token once and answers its next uses from memory, until the token
 * expires and for at most {@link #KEPT} after its first use. A client sends the same token with
 * every request for as long as it lives; verifying its signature and parsing its claims again
 * each time was a tenth of call-service's CPU per command (docs/benchmarks.md).
 *
 * <p>The key is the whole token, signature included, so a hit is exactly the bytes the
 * decoder accepted. Only accepted tokens are kept: a rejected one is rejected again by the
 * decoder each time. Nothing the decoder checks can change for the same bytes within the
 * token's lifetime but a key withdrawn from the issuer's key set, which is then noticed after
 * at most {@link #KEPT}.
 */
class VerifiedTokens implements JwtDecoder {

    /** The longest a token is trusted without being verified again. */
    static final Duration KEPT = Duration.ofMinutes(5);
    /** Distinct tokens kept; the least recently used go first. */
    static final long MAXIMUM = 1_000;

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> accepted;

    VerifiedTokens(JwtDecoder decoder) {
        this(decoder, Clock.systemUTC(), Ticker.systemTicker());
    }

    VerifiedTokens(JwtDecoder decoder, Clock clock, Ticker ticker) {
        this.decoder = decoder;
        this.clock = clock;
        this.accepted = Caffeine.newBuilder()
                .maximumSize(MAXIMUM)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> keptFor(jwt)))
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Jwt decode(String token) {
        return accepted.get(token, decoder::decode);
    }

    private Duration keptFor(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return KEPT;
        }
        Duration left = Duration.between(clock.instant(), expiresAt);
        if (left.isNegative()) {
            return Duration.ZERO;
        }
        return left.compareTo(KEPT) < 0 ? left : KEPT;
    }
}
