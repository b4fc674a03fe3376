package org.coopsuite.platform.correlation;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the correlation id from the {@code X-Correlation-Id} request header (or makes a new
 * one), keeps it for the request's thread, and echoes it in the response, so a client can
 * follow what its request caused. The request itself is the causation of the first event.
 */
public class CorrelationFilter extends OncePerRequestFilter {

    /** Anything else is replaced: the id ends up in logs and events, so it must stay tame. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(Correlation.HEADER);
        String correlationId = given != null && ACCEPTED.matcher(given).matches() ? given : Correlation.newId();
        response.setHeader(Correlation.HEADER, correlationId);
        try (Correlation.Scope ignored = Correlation.open(correlationId, "request:" + Correlation.newId())) {
            chain.doFilter(request, response);
        }
    }
}
