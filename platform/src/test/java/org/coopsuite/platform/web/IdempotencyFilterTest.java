package org.coopsuite.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The filter's answer when the store of answers fails after the command ran: the command's own answer, never a 500. */
class IdempotencyFilterTest {

    @Test
    void givesTheCommandsAnswerWhenItsAnswerCannotBeKept() throws Exception {
        FailingAnswers records = new FailingAnswers();
        MockHttpServletResponse response = new MockHttpServletResponse();
        List<String> ran = new ArrayList<>();

        new IdempotencyFilter(records).doFilter(request(), response, (request, answer) -> {
            ran.add(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            ((jakarta.servlet.http.HttpServletResponse) answer).setStatus(201);
            answer.getOutputStream().write("{\"id\":\"c-1\"}".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(ran).containsExactly("{\"title\":\"t\"}");
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getContentAsString()).isEqualTo("{\"id\":\"c-1\"}");
        assertThat(records.forgotten).as("left in progress, so that a repeat waits, then runs it again").isEmpty();
    }

    @Test
    void keepsTheRequestsOwnFailureWhenTheKeyCannotBeForgotten() {
        FailingAnswers records = new FailingAnswers();
        IllegalStateException failure = new IllegalStateException("the command failed");

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> new IdempotencyFilter(records)
                .doFilter(request(), new MockHttpServletResponse(), (request, answer) -> {
                    throw failure;
                }));

        assertThat(thrown).isSameAs(failure);
        assertThat(thrown.getSuppressed()).singleElement().isInstanceOf(DataAccessResourceFailureException.class);
    }

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/calls");
        request.addHeader(IdempotencyFilter.HEADER, "key-1");
        request.setContent("{\"title\":\"t\"}".getBytes(StandardCharsets.UTF_8));
        return request;
    }

    /** A store whose server went away once the request started: answers and forgets fail. */
    private static final class FailingAnswers extends IdempotencyRecords {

        final List<String> forgotten = new ArrayList<>();

        FailingAnswers() {
            super(null, Clock.systemUTC());
        }

        @Override
        Optional<Entry> find(String id) {
            return Optional.empty();
        }

        @Override
        boolean start(String id, String requestHash) {
            return true;
        }

        @Override
        void answer(String id, int status, Map<String, String> headers, byte[] body) {
            throw new DataAccessResourceFailureException("Timed out while waiting for a server");
        }

        @Override
        void forget(String id) {
            forgotten.add(id);
            throw new DataAccessResourceFailureException("Timed out while waiting for a server");
        }
    }
}
