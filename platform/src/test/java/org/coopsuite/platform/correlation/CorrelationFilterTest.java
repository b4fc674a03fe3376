package org.coopsuite.platform.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CorrelationFilterTest {

    private final CorrelationFilter filter = new CorrelationFilter();
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final Map<String, String> seenInChain = new HashMap<>();

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    @Test
    void takesAValidCorrelationIdAndEchoesIt() throws Exception {
        filter.doFilter(request("mandate-42:eu.jp_1"), response, chain());

        assertThat(response.getHeader(Correlation.HEADER)).isEqualTo("mandate-42:eu.jp_1");
        assertThat(seenInChain.get(Correlation.CORRELATION_ID)).isEqualTo("mandate-42:eu.jp_1");
        assertThat(seenInChain.get(Correlation.CAUSATION_ID)).startsWith("request:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"has spaces in it", "line\nbreak", ""})
    void replacesAnInvalidCorrelationIdByANewUuid(String invalid) throws Exception {
        filter.doFilter(request(invalid), response, chain());

        assertReplacedByANewUuid(invalid);
    }

    @Test
    void replacesAnOverlongCorrelationIdByANewUuid() throws Exception {
        String overlong = "a".repeat(500);

        filter.doFilter(request(overlong), response, chain());

        assertReplacedByANewUuid(overlong);
    }

    @Test
    void makesACorrelationIdWhenTheRequestHasNone() throws Exception {
        filter.doFilter(new MockHttpServletRequest("POST", "/dialogues"), response, chain());

        assertReplacedByANewUuid(null);
    }

    @Test
    void clearsTheCorrelationAfterTheChain() throws Exception {
        filter.doFilter(request("corr-1"), response, chain());

        assertThat(seenInChain).containsEntry(Correlation.CORRELATION_ID, "corr-1");
        assertThat(MDC.get(Correlation.CORRELATION_ID)).isNull();
        assertThat(MDC.get(Correlation.CAUSATION_ID)).isNull();
    }

    private void assertReplacedByANewUuid(String given) {
        String echoed = response.getHeader(Correlation.HEADER);
        assertThat(echoed).isNotEqualTo(given);
        assertThat(UUID.fromString(echoed).toString()).isEqualTo(echoed);
        assertThat(seenInChain.get(Correlation.CORRELATION_ID)).isEqualTo(echoed);
    }

    private static MockHttpServletRequest request(String correlationId) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/dialogues");
        request.addHeader(Correlation.HEADER, correlationId);
        return request;
    }

    /** A chain whose servlet notes the correlation it runs in. */
    private MockFilterChain chain() {
        return new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
                seenInChain.put(Correlation.CORRELATION_ID, MDC.get(Correlation.CORRELATION_ID));
                seenInChain.put(Correlation.CAUSATION_ID, MDC.get(Correlation.CAUSATION_ID));
            }
        });
    }
}
