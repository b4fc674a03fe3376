package org.coopsuite.platform.web;

import io.swagger.v3.oas.models.Components;
import java.util.Objects;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
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

    /** Every POST takes an optional {@code Idempotency-Key} ({@link IdempotencyFilter}). */
    @Bean
    OpenApiCustomizer idempotencyKeyParameter() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().stream().map(PathItem::getPost).filter(Objects::nonNull)
                    .forEach(post -> post.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER)
                            .required(false).schema(new StringSchema().maxLength(255))
                            .description("Sent again with the same body, the request runs once and gets its first "
                                    + "answer again (Idempotent-Replayed: true); with another body, 422. Kept 24 h.")));
        };
    }
}
