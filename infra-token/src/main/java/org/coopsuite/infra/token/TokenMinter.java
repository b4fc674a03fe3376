package org.coopsuite.infra.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs JWTs (RS256) with the local stack's private key: issuer {@value #ISSUER} (the local
 * authorization server's, which signs with the same key), audience {@value #AUDIENCE}, the subject,
 * {@code roles}, {@code side}, {@code agency} when there is one, {@code iat} and {@code exp}.
 * The services accept them because they verify with the matching public key and check that
 * issuer and audience.
 */
public final class TokenMinter {

    /** The {@code iss} claim of every token minted here. */
    public static final String ISSUER = "http://localhost:9000";
    /** The {@code aud} claim of every token minted here: the suite's services. */
    public static final String AUDIENCE = "coop-suite";
    /** A working day: long enough for a session of manual testing, short enough to go stale. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(8);

    private final RSASSASigner signer;
    private final Clock clock;

    public TokenMinter(JwtKeys keys) {
        this(keys, Clock.systemUTC());
    }

    /** A minter that reads the time from {@code clock}, for tokens issued at a known instant. */
    public TokenMinter(JwtKeys keys, Clock clock) {
        this.signer = new RSASSASigner(keys.privateKey());
        this.clock = clock;
    }

    /** The token, in compact serialisation (what follows {@code Bearer }). */
    public String mint(TokenRequest request) {
        return sign(claims(request));
    }

    /** Signs any claims, for tokens {@link TokenRequest} cannot express (expired, without a side, ...). */
    public String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the token", e);
        }
        return jwt.serialize();
    }

    private JWTClaimsSet claims(TokenRequest request) {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(request.subject())
                .claim("roles", request.roleNames())
                .claim("side", request.side())
                .claim("agency", request.agency())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(request.ttl())))
                .build();
    }
}
