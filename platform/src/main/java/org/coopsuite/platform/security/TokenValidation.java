package org.coopsuite.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The services' token decoder, in place of Boot's: RS256 only (so no {@code alg: none}), the key
 * from {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} when it is set (a real
 * issuer's key set) or else from {@code public-key-location} (the local stack's key); then the
 * issuer and audience of {@link TokenProperties}, a required {@code exp}, {@code exp} and
 * {@code nbf} within the clock skew, and no token longer than its maximum. A token that fails any
 * of these is a 401. What it claims (roles, side, agency) is checked once it is accepted
 * ({@link SuiteAuthorities}): a 403.
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnClass(NimbusJwtDecoder.class)
@EnableConfigurationProperties(TokenProperties.class)
public class TokenValidation {

    static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";
    static final String PUBLIC_KEY_LOCATION = "spring.security.oauth2.resourceserver.jwt.public-key-location";

    @Bean
    JwtDecoder jwtDecoder(Environment environment, ResourceLoader resources, TokenProperties token) {
        String jwkSetUri = environment.getProperty(JWK_SET_URI);
        NimbusJwtDecoder decoder = jwkSetUri != null && !jwkSetUri.isBlank()
                ? NimbusJwtDecoder.withJwkSetUri(jwkSetUri).jwsAlgorithm(SignatureAlgorithm.RS256).build()
                : NimbusJwtDecoder.withPublicKey(publicKey(resources, environment.getRequiredProperty(PUBLIC_KEY_LOCATION)))
                        .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(validator(token));
        return bounded(decoder, token.maxLength());
    }

    static OAuth2TokenValidator<Jwt> validator(TokenProperties token) {
        return new DelegatingOAuth2TokenValidator<>(
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtTimestampValidator(token.clockSkew()),
                new JwtIssuerValidator(token.issuer()),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(token.audience())));
    }

    /** Refuses a token longer than {@code maxLength} before parsing a byte of it. */
    static JwtDecoder bounded(JwtDecoder decoder, int maxLength) {
        return token -> {
            if (token.length() > maxLength) {
                throw new BadJwtException("The token is longer than " + maxLength + " characters");
            }
            return decoder.decode(token);
        };
    }

    private static RSAPublicKey publicKey(ResourceLoader resources, String location) {
        try (InputStream in = resources.getResource(location).getInputStream()) {
            return RsaKeyConverters.x509().convert(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token verification key at " + location, e);
        }
    }
}
