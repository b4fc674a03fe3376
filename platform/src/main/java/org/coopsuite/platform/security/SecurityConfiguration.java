package org.coopsuite.platform.security;

import org.coopsuite.platform.reference.ReferenceData;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Every service is an OAuth2 resource server: a JWT whose {@code roles} claim gives its
 * roles. The actuator has a port of its own ({@code management.server.port}), meant for the
 * operators' network: there health (its status only: components and details for OPERATOR) and
 * prometheus are open, so that a scraper and a probe need no token, and the other endpoints,
 * info among them (it shows the JVM, the OS and the process), need OPERATOR. On the application port, health is open
 * (orchestrators probe it there), the API needs any role (commands check their own role and
 * the caller's side), Swagger UI and the OpenAPI document are open. Tokens are decoded and
 * checked by {@link TokenValidation} (401) and their claims by {@link SuiteAuthorities} (403). Each distinct token is
 * verified once, then trusted until it expires, for at most five minutes ({@link VerifiedTokens}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    /** The server namespace Boot gives the management server when it has a port of its own. */
    private static final String MANAGEMENT = "management";

    private final ReferenceData reference;

    SecurityConfiguration(ReferenceData reference) {
        this.reference = reference;
    }

    /** Boot registers the same filter chains on the management server: this one answers there. */
    @Bean
    @Order(1)
    SecurityFilterChain management(HttpSecurity http, JwtDecoder tokens) throws Exception {
        http.securityMatcher(managementServer())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health", "prometheus")).permitAll()
                        .anyRequest().hasRole(Role.OPERATOR.name()));
        return resourceServer(http, tokens).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, JwtDecoder tokens) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // Served here by ApplicationPortHealth when the actuator has a port of its own.
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // Only when the actuator shares the application port (management.server.port unset).
                .requestMatchers("/actuator/**").hasRole(Role.OPERATOR.name())
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll()
                .anyRequest().hasAnyRole(Role.all()));
        return resourceServer(http, tokens).build();
    }

    /**
     * No observation of each security filter, authentication and authorization: the request's
     * own observation traces it already, and these cost call-service's request threads a good
     * part of their observation work (building key values, even the decision's and authorities'
     * {@code toString}) for spans nobody reads (docs/benchmarks.md).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** A request that came in through the management server's own port. */
    static RequestMatcher managementServer() {
        return request -> WebServerApplicationContext.hasServerNamespace(
                WebApplicationContextUtils.getWebApplicationContext(request.getServletContext()), MANAGEMENT);
    }

    private HttpSecurity resourceServer(HttpSecurity http, JwtDecoder tokens) throws Exception {
        return http.oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(new VerifiedTokens(tokens)).jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
    }

    /** The token's roles as authorities, none when its claims do not hold together ({@link SuiteAuthorities}). */
    private JwtAuthenticationConverter rolesFromClaim() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new SuiteAuthorities(reference));
        return converter;
    }
}
