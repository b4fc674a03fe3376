package org.coopsuite.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import com.nimbusds.jwt.JWTClaimsSet;
import org.coopsuite.infra.token.JwtKeys;
import org.coopsuite.infra.token.Role;
import org.coopsuite.infra.token.TokenMinter;
import org.coopsuite.infra.token.TokenRequest;

/**
 * Tokens a service under test accepts: signed with a key pair made once per test JVM, whose
 * public key {@link TestInfrastructureInitializer} gives the resource server (and no other key).
 * <pre>
 * String header = TestTokens.as(FUNDING_OFFICER).side("JP").agency("JST").bearer();
 * String token = TestTokens.as(SECRETARIAT, VIEWER).side("EU").subject("alice").token();
 * </pre>
 * The roles are {@link Role infra's}, named as the platform's.
 */
public final class TestTokens {

    /** The property that tells a resource server where the public key is. */
    public static final String PUBLIC_KEY_LOCATION_PROPERTY = "spring.security.oauth2.resourceserver.jwt.public-key-location";

    private TestTokens() {
    }

    /** A token for a bearer with these roles; say its side before asking for the token. */
    public static Builder as(Role... roles) {
        return new Builder(Set.copyOf(Arrays.asList(roles)));
    }

    /** The {@code Authorization} header's value for the token. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Signs any claims with the test key, for tokens the builder refuses: expired, without side, ... */
    public static String signed(JWTClaimsSet claims) {
        return Keys.MINTER.sign(claims);
    }

    /** The public key as a PEM file, written once per test JVM and deleted when it exits. */
    public static Path publicKeyFile() {
        return Keys.PUBLIC_KEY_FILE;
    }

    /** {@link #publicKeyFile()} as a value for {@value #PUBLIC_KEY_LOCATION_PROPERTY}. */
    public static String publicKeyLocation() {
        return publicKeyFile().toUri().toString();
    }

    /** What the token will say; {@link #side(String)} is required, the rest optional. */
    public static final class Builder {

        private final Set<Role> roles;
        private String side;
        private String agency;
        private String subject;
        private Duration ttl = TokenMinter.DEFAULT_TTL;

        private Builder(Set<Role> roles) {
            this.roles = roles;
        }

        public Builder side(String side) {
            this.side = side;
            return this;
        }

        public Builder agency(String agency) {
            this.agency = agency;
            return this;
        }

        /** Defaults to the first role and the side, e.g. {@code funding-officer-jp}. */
        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder ttl(Duration ttl) {
            this.ttl = ttl;
            return this;
        }

        /** @throws IllegalArgumentException without a role or a side */
        public String token() {
            return Keys.MINTER.mint(new TokenRequest(subject == null ? defaultSubject() : subject, roles, side, agency, ttl));
        }

        /** {@link TestTokens#bearer(String)} of {@link #token()}. */
        public String bearer() {
            return TestTokens.bearer(token());
        }

        private String defaultSubject() {
            String role = roles.stream().sorted().map(Enum::name).findFirst().orElse("nobody");
            return (role.replace('_', '-') + "-" + side).toLowerCase(Locale.ROOT);
        }
    }

    // A holder, so that the key pair is made on first use only, once, by the JVM's class loading.
    private static final class Keys {

        static final JwtKeys PAIR = JwtKeys.generate();
        static final TokenMinter MINTER = new TokenMinter(PAIR);
        static final Path PUBLIC_KEY_FILE = writePublicKey();

        private static Path writePublicKey() {
            try {
                Path file = Files.createTempFile("coop-test-jwt-public", ".pem");
                file.toFile().deleteOnExit();
                return Files.writeString(file, PAIR.publicKeyPem());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the test JWT public key", e);
            }
        }
    }
}
