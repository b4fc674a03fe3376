package org.coopsuite.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.StaleVersionException;
import org.coopsuite.platform.messaging.Failures.Kind;
import org.coopsuite.platform.projection.ProjectionConflictException;
import org.coopsuite.schemas.codec.EventDecodingException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class FailuresTest {

    @Test
    void theInfrastructureFailingIsTransientHoweverDeepItIsWrapped() {
        assertThat(Failures.classify(new MongoTimeoutException("no server"))).isEqualTo(Kind.TRANSIENT);
        assertThat(Failures.classify(wrapped(new DataAccessResourceFailureException("down",
                new MongoSocketReadException("reset", new ServerAddress()))))).isEqualTo(Kind.TRANSIENT);
        assertThat(Failures.classify(wrapped(new ProjectionConflictException("written meanwhile", null))))
                .isEqualTo(Kind.TRANSIENT);
        assertThat(Failures.classify(new StaleVersionException("agg", 1, 2))).isEqualTo(Kind.TRANSIENT);
        assertThat(Failures.classify(new OptimisticLockingFailureException("race"))).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void theEventFailingOnItsOwnContentIsDeterministic() {
        assertThat(Failures.classify(wrapped(new EventDecodingException("not an event")))).isEqualTo(Kind.DETERMINISTIC);
        assertThat(Failures.classify(wrapped(new InvalidCommandException(Map.of("side", "unknown side XX")))))
                .isEqualTo(Kind.DETERMINISTIC);
        assertThat(Failures.classify(new EventFailedException(3,
                new IllegalTransitionException("Call", "c-1", "CLOSED", "open")))).isEqualTo(Kind.DETERMINISTIC);
    }

    @Test
    void aTransientCauseWinsOverARuleItSurfacedAs() {
        assertThat(Failures.classify(new InvalidCommandException(Map.of("x", "y")) {
            @Override
            public synchronized Throwable getCause() {
                return new MongoTimeoutException("no server");
            }
        })).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void anythingElseIsUnknown() {
        assertThat(Failures.classify(new IllegalStateException("a bug"))).isEqualTo(Kind.UNKNOWN);
        assertThat(Failures.classify(wrapped(new NullPointerException()))).isEqualTo(Kind.UNKNOWN);
    }

    @Test
    void theReasonAndTheStackAreTheInnermostCauses() {
        Exception failure = wrapped(new InvalidCommandException(Map.of("side", "unknown side XX")));

        assertThat(Failures.reason(failure)).isEqualTo("InvalidCommandException: Invalid command: {side=unknown side XX}");
        assertThat(Failures.stackSummary(failure)).startsWith("org.coopsuite.platform.domain.InvalidCommandException")
                .contains("\tat org.coopsuite.platform.messaging.FailuresTest").hasLineCount(10);
    }

    /** As the container hands it to the error handler. */
    private static Exception wrapped(Exception cause) {
        return new ListenerExecutionFailedException("listener failed",
                new BatchListenerFailedException("batch failed", new EventFailedException(0, cause), 0));
    }
}
