package org.coopsuite.dashboard.signin;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every page needs a signed-in user: the browser is sent to the authorization server's sign-in
 * form (authorization code with PKCE) and comes back with the user's tokens. The ID token's
 * {@code roles} become the user's authorities, so that pages offer only what the role may do;
 * the services still decide, from the access token.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SignInConfiguration {

    static final String REGISTRATION = "coop";

    @Bean
    SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, "/oauth2/authorization");
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(pages -> pages
                        .requestMatchers("/webjars/**", "/css/**", "/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/operations/**").hasRole("OPERATOR")
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(rolesFromClaim())))
                // A page the role may not see says so, as a page of the dashboard (Refusals), with the 403.
                .exceptionHandling(errors -> errors.accessDeniedPage("/refused"))
                .logout(logout -> logout.logoutSuccessHandler(signedOut));
        return http.build();
    }

    /** {@code ROLE_<role>} for each of the ID token's {@code roles}, besides the authorities it had. */
    static GrantedAuthoritiesMapper rolesFromClaim() {
        return authorities -> {
            Set<GrantedAuthority> mapped = new HashSet<>(authorities);
            authorities.stream().filter(OidcUserAuthority.class::isInstance).map(OidcUserAuthority.class::cast)
                    .map(authority -> authority.getIdToken().getClaimAsStringList("roles"))
                    .filter(roles -> roles != null)
                    .flatMap(Collection::stream)
                    .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                    .forEach(mapped::add);
            return List.copyOf(mapped);
        };
    }
}
