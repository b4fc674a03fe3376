package org.coopsuite.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;

/** Faults as problems: a database that does not answer is 503 with Retry-After; anything else 500 with an id only. */
class FaultProblemsTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void aDatabaseThatDoesNotAnswerIsA503WithRetryAfter() {
        for (RuntimeException fault : new RuntimeException[] {
            new DataAccessResourceFailureException("Timed out after 5000 ms while waiting for a server"),
            new MongoTimeoutException("Timed out after 5000 ms")}) {
            ResponseEntity<ProblemDetail> answer = advice.unavailable(fault);

            assertThat(answer.getStatusCode().value()).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
            assertThat(answer.getBody().getType()).isEqualTo(ProblemDetailsAdvice.UNAVAILABLE);
            assertThat(answer.getBody().getDetail()).contains("retry after 5 s").doesNotContain("5000 ms");
        }
    }

    @Test
    void anythingElseIsA500NamingItsLogLineAndNothingOfTheFailure() throws Exception {
        ResponseEntity<ProblemDetail> answer = advice.unexpected(new IllegalStateException("secret table coop-call.calls"));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getType()).isEqualTo(ProblemDetailsAdvice.INTERNAL);
        String id = (String) answer.getBody().getProperties().get("errorId");
        assertThat(id).isNotBlank();
        assertThat(answer.getBody().getDetail()).contains(id).doesNotContain("secret");
    }

    @Test
    void leavesSecuritysExceptionsToSpringSecurity() {
        assertThatThrownBy(() -> advice.unexpected(new AccessDeniedException("no"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> advice.unexpected(new BadCredentialsException("no")))
                .isInstanceOf(BadCredentialsException.class);
    }
}
