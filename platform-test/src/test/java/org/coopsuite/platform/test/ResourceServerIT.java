package org.coopsuite.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopsuite.infra.token.Role.FUNDING_OFFICER;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.coopsuite.infra.token.JwtKeys;
import org.coopsuite.infra.token.TokenMinter;
import org.coopsuite.infra.token.TokenRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@ServiceIntegrationTest(classes = ResourceServerIT.Application.class,
        properties = "spring.security.oauth2.resourceserver.jwt.public-key-location=file:/nowhere/jwt-public.pem")
class ResourceServerIT {

    @LocalServerPort
    int port;

    @Test
    void acceptsATokenFromTestTokens() throws Exception {
        HttpResponse<String> response = whoAmI(TestTokens.as(FUNDING_OFFICER).side("JP").agency("JST").subject("kenji").bearer());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("kenji JP JST");
    }

    @Test
    void refusesATokenSignedWithAnotherKey() throws Exception {
        String foreign = new TokenMinter(JwtKeys.generate()).mint(TokenRequest.of("mallory", "JP", "JST", FUNDING_OFFICER));

        assertThat(whoAmI(TestTokens.bearer(foreign)).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> whoAmI(String authorization) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/whoami"))
                .header("Authorization", authorization).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    // Boot's own resource server configuration: it reads public-key-location and nothing else.
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @RestController
    static class Application {

        @GetMapping("/whoami")
        String whoAmI(@AuthenticationPrincipal Jwt jwt) {
            return jwt.getSubject() + " " + jwt.getClaimAsString("side") + " " + jwt.getClaimAsString("agency");
        }
    }
}
