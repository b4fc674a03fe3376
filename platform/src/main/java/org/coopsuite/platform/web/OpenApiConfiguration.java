package org.coopsuite.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The head of each service's OpenAPI document (served by springdoc at {@code /v3/api-docs}):
 * the service's name and build version, and the bearer JWT every {@code /api} call needs.
 * The paths themselves are generated from the controllers.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String BEARER = "bearer-jwt";

    @Bean
    OpenAPI serviceOpenApi(@Value("${spring.application.name}") String service, ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null ? "dev" : properties.getVersion();
        return new OpenAPI()
                .info(new Info().title(service).version(version)
                        .description("The HTTP API of " + service + " of the STI Cooperation Suite. Errors are RFC 9457 "
                                + "problem details; every /api call needs a bearer JWT with roles, side and agency."))
                .components(new Components().addSecuritySchemes(BEARER,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
