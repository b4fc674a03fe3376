package org.coopsuite.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.coopsuite.platform.web.ProblemJson;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 as RFC 9457 problem details, like every other error of the suite. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> write(response, HttpStatus.UNAUTHORIZED, "urn:coop:problem:unauthorized",
                "Unauthorized", reason(e));
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, HttpStatus.FORBIDDEN, "urn:coop:problem:forbidden",
                "Forbidden", "Your roles or side do not allow this");
    }

    /** Why the token was refused, as the decoder said (the failed check, never the token's content). */
    private static String reason(AuthenticationException e) {
        return e instanceof InvalidBearerTokenException ? "A valid bearer token is required: " + e.getMessage()
                : "A valid bearer token is required";
    }

    private static void write(HttpServletResponse response, HttpStatus status, String type, String title,
            String detail) throws IOException {
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        ProblemJson.write(response, status, type, title, detail);
    }
}
