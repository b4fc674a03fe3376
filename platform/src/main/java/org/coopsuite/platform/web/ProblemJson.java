package org.coopsuite.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Writes RFC 9457 problem details straight to a servlet response, for the errors that happen
 * before Spring MVC (and its {@link ProblemDetailsAdvice}) sees the request: 401, 403 from the
 * security filters, 413 from the body-size filter. The texts are the platform's own constants.
 */
public final class ProblemJson {

    public static final String BODY_TOO_LARGE = "urn:coop:problem:body-too-large";

    private ProblemJson() {
    }

    public static void write(HttpServletResponse response, HttpStatus status, String type, String title,
            String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
