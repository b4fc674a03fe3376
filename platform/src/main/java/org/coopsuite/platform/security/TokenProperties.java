package org.coopsuite.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a bearer token must say to be accepted, under {@code coop.security.token}; the local
 * defaults are those of the local authorization server and {@code ./coop token}.
 *
 * @param issuer    the {@code iss} every token must carry exactly
 * @param audience  one of the token's {@code aud} values
 * @param clockSkew how far {@code exp} and {@code nbf} may be off the service's clock
 * @param maxLength the longest token read at all, in characters; a longer one is refused unread
 */
@ConfigurationProperties("coop.security.token")
public record TokenProperties(@DefaultValue("http://localhost:9000") String issuer,
        @DefaultValue("coop-suite") String audience, @DefaultValue("30s") Duration clockSkew,
        @DefaultValue("8192") int maxLength) {
}
