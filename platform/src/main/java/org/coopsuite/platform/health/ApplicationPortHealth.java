package org.coopsuite.platform.health;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointWebExtension;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /actuator/health} (and its groups: {@code liveness}, {@code readiness}) on the
 * application port too, when the actuator has a port of its own: orchestrators, {@code ./coop run}
 * and the tests probe a service where it serves, and Boot's additional health paths can only
 * add one-segment paths such as {@code /livez}. The answer is the actuator's own health endpoint,
 * with its status codes (503 when DOWN); every other actuator endpoint stays on the management port.
 */
@Hidden
@RestController
@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
public class ApplicationPortHealth {

    private final HealthEndpointWebExtension health;

    ApplicationPortHealth(HealthEndpointWebExtension health) {
        this.health = health;
    }

    @GetMapping("/actuator/health/{*path}")
    ResponseEntity<HealthDescriptor> health(@PathVariable String path, HttpServletRequest request) {
        WebEndpointResponse<HealthDescriptor> answer = health.health(ApiVersion.LATEST, WebServerNamespace.SERVER,
                new RequestSecurity(request), StringUtils.tokenizeToStringArray(path, "/"));
        return ResponseEntity.status(answer.getStatus()).body(answer.getBody());
    }

    /** Who asks, for {@code show-details=when-authorized}, as the actuator's own endpoint sees it. */
    private record RequestSecurity(HttpServletRequest request) implements SecurityContext {

        @Override
        public Principal getPrincipal() {
            return request.getUserPrincipal();
        }

        @Override
        public boolean isUserInRole(String role) {
            return request.isUserInRole(role);
        }
    }
}
