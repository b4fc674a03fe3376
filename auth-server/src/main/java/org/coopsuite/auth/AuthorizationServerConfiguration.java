package org.coopsuite.auth;

import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.coopsuite.infra.token.JwtKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The authorization server's endpoints (OIDC included, the JWKS at {@code /oauth2/jwks}), the
 * sign-in form for everything else, the local users, and the key pair under {@code var/keys}.
 * The clients are registered by Boot from {@code spring.security.oauth2.authorizationserver.client.*}.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // A browser that is not signed in goes to the sign-in form.
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    /** Local only: the passwords are in the configuration file as they are typed ({noop}). */
    @Bean
    UserDetailsService localUsers(LocalAccounts accounts) {
        List<UserDetails> users = accounts.users().entrySet().stream()
                .map(user -> User.withUsername(user.getKey())
                        .password("{noop}" + user.getValue().password())
                        .roles(user.getValue().roles().toArray(String[]::new))
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    /** The local stack's key pair, generated under {@code <dataDir>/keys} on the first start. */
    @Bean
    JWKSource<SecurityContext> signingKey(LocalAccounts accounts) throws JOSEException {
        JwtKeys keys = JwtKeys.ensure(accounts.dataDir());
        RSAKey key = new RSAKey.Builder(keys.publicKey()).privateKey(keys.privateKey()).keyIDFromThumbprint().build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> suiteClaims(LocalAccounts accounts) {
        return new SuiteClaims(accounts);
    }
}
