package org.coopsuite.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.coopsuite.infra.token.JwtKeys;
import org.coopsuite.infra.token.TokenMinter;

/**
 * Issue 26's token attacks, defined once for every service: tokens made from one good token of a
 * bearer (roles, side, agency) by changing one thing. Those the decoder must refuse (signature,
 * algorithm, issuer, audience, lifetime, size) get 401, those whose claims do not hold together
 * with the reference data 403; each with a problem body, none a 5xx.
 * <pre>
 * TokenAttacks tokens = TokenAttacks.of("EU", "REA", "FUNDING_OFFICER");
 * for (TokenAttacks.Attack attack : tokens.refused()) {
 *     TokenAttacks.assertRefused(attack, RawHttp.send(port, attack.on(request)));
 * }
 * </pre>
 */
public final class TokenAttacks {

    /**
     * A token sent in place of a good one, the status it must get and what the problem's detail
     * must name (the check that refused it; null: anything). A null token: none sent.
     */
    public record Attack(String name, String token, int status, String names) {

        public Attack(String name, String token, int status) {
            this(name, token, status, null);
        }

        /** The {@code Authorization} header's value, or null for no header. */
        public String bearer() {
            return token == null ? null : TestTokens.bearer(token);
        }

        /** The request with this attack's token in place of any other. */
        public RawHttp.Request on(RawHttp.Request request) {
            return request.withHeader("Authorization", bearer());
        }

        @Override
        public String toString() {
            return name + ": " + status;
        }
    }

    private final Instant now = Instant.now();
    private final List<String> roles;
    private final String side;
    private final String agency;

    private TokenAttacks(List<String> roles, String side, String agency) {
        this.roles = roles;
        this.side = side;
        this.agency = agency;
    }

    /** The attacks on a good token of these roles, side and agency (null: none). */
    public static TokenAttacks of(String side, String agency, String... roles) {
        return new TokenAttacks(List.of(roles), side, agency);
    }

    /** The good token: as the local authorization server and {@code ./coop token} issue it. */
    public String good() {
        return signed(UnaryOperator.identity());
    }

    /** The good token's claims, changed, signed with the key the service trusts. */
    public String signed(UnaryOperator<JWTClaimsSet.Builder> change) {
        return TestTokens.signed(claims(change));
    }

    /** The good token's claims, changed. */
    public JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(new JWTClaimsSet.Builder()
                .issuer(TokenMinter.ISSUER)
                .audience(TokenMinter.AUDIENCE)
                .subject((roles.get(0).replace('_', '-') + "-" + side).toLowerCase(Locale.ROOT))
                .claim("roles", roles)
                .claim("side", side)
                .claim("agency", agency)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))).build();
    }

    /** The good token, but expired 10 s ago: within the clock skew (30 s), so still accepted. */
    public String justExpiredWithinTheClockSkew() {
        Instant at = Instant.now();
        return signed(c -> c.issueTime(Date.from(at.minus(Duration.ofMinutes(1))))
                .expirationTime(Date.from(at.minus(Duration.ofSeconds(10)))));
    }

    /** Every attack a service must refuse, whatever the operation: 401 or 403 with a problem. */
    public List<Attack> refused() {
        List<Attack> attacks = new ArrayList<>(unauthenticated());
        attacks.addAll(forgedClaims());
        return List.copyOf(attacks);
    }

    /** Tokens the decoder refuses: 401. */
    List<Attack> unauthenticated() {
        return List.of(
                new Attack("no token", null, 401, "bearer token is required"),
                new Attack("not a JWT", "not-a-jwt", 401, "Malformed"),
                new Attack("alg none", unsigned(claims(UnaryOperator.identity())), 401, "algorithm"),
                new Attack("HS256 keyed with the public key", hmacWithPublicKey(claims(UnaryOperator.identity())), 401,
                        "Another algorithm expected"),
                new Attack("claims changed after signing", tampered(good(), claims(c -> c.claim("roles",
                        List.of("SECRETARIAT", "PROGRAMME_OFFICER", "FUNDING_OFFICER", "OPERATOR")))), 401, "Invalid signature"),
                new Attack("another key", new TokenMinter(JwtKeys.generate()).sign(claims(UnaryOperator.identity())), 401,
                        "Invalid signature"),
                // Issued before it expired: a token expiring before its iat is refused as malformed, not as expired.
                refused401("expired", "expired", c -> c.issueTime(Date.from(now.minus(Duration.ofHours(1))))
                        .expirationTime(Date.from(now.minus(Duration.ofMinutes(5))))),
                refused401("not yet valid", "used before", c -> c.notBeforeTime(Date.from(now.plus(Duration.ofMinutes(5))))),
                refused401("wrong issuer", "iss claim", c -> c.issuer("https://issuer.example")),
                refused401("wrong audience", "aud claim", c -> c.audience("another-suite")),
                refused401("no audience", "aud claim", c -> c.audience((String) null)),
                refused401("missing exp", "exp claim", c -> c.expirationTime(null)),
                refused401("oversized", "longer than", c -> c.claim("padding", "x".repeat(16_000))));
    }

    /** Tokens well signed whose claims do not hold together with the reference data: 403. */
    List<Attack> forgedClaims() {
        List<String> forgedRoles = new ArrayList<>(roles);
        forgedRoles.add("ROOT");
        return List.of(
                refused403("missing roles", c -> c.claim("roles", null)),
                refused403("no role", c -> c.claim("roles", List.of())),
                refused403("forged role", c -> c.claim("roles", forgedRoles)),
                refused403("missing side", c -> c.claim("side", null)),
                refused403("forged side", c -> c.claim("side", "XX")),
                refused403("forged agency", c -> c.claim("agency", "NOPE")),
                refused403("agency of another side", c -> c.claim("agency", agencyOfAnotherSide())),
                refused403("funding officer without agency",
                        c -> c.claim("roles", List.of("FUNDING_OFFICER")).claim("agency", null)));
    }

    /** The refusal's shape: its status, a problem detail of that status naming the check; null when it is one, else why not. */
    public static String mismatch(Attack attack, RawHttp.Answer answer) {
        if (answer.status() != attack.status()) {
            return attack.name() + ": answered " + answer.status() + ", not " + attack.status() + " - "
                    + RawHttp.abbreviated(answer.body());
        }
        if (!answer.isProblem()) {
            return attack.name() + ": no problem detail - " + answer.contentType() + " " + RawHttp.abbreviated(answer.body());
        }
        if (attack.names() != null && !answer.body().contains(attack.names())) {
            return attack.name() + ": does not name " + attack.names() + " - " + RawHttp.abbreviated(answer.body());
        }
        return null;
    }

    /** @throws AssertionError unless the answer is the attack's refusal */
    public static void assertRefused(Attack attack, RawHttp.Answer answer) {
        String why = mismatch(attack, answer);
        if (why != null) {
            throw new AssertionError(why);
        }
    }

    private Attack refused401(String name, String names, UnaryOperator<JWTClaimsSet.Builder> change) {
        return new Attack(name, signed(change), 401, names);
    }

    private Attack refused403(String name, UnaryOperator<JWTClaimsSet.Builder> change) {
        return new Attack(name, signed(change), 403);
    }

    /** A real agency, of a side other than the token's (the platform's reference data). */
    private String agencyOfAnotherSide() {
        return "EU".equals(side) ? "JST" : "REA";
    }

    private static String unsigned(JWTClaimsSet claims) {
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(claims.toString()) + ".";
    }

    /** The key-confusion attack: the public key, which anyone may read, as an HMAC secret. */
    private static String hmacWithPublicKey(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(Files.readAllBytes(TestTokens.publicKeyFile())));
            return jwt.serialize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A good token's signature under other claims. */
    private static String tampered(String token, JWTClaimsSet claims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + encode(claims.toString()) + "." + parts[2];
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
