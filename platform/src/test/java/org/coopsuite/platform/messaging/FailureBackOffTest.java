package org.coopsuite.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.mongodb.MongoTimeoutException;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.BackOffExecution;

class FailureBackOffTest {

    private final FailureBackOff backOff = new FailureBackOff(2, 100, 1000);

    @Test
    void waitsOutATransientFailureWithoutLimitDoublingUpToTheCap() {
        BackOffExecution execution = backOff.start();

        for (long expected : new long[] {100, 200, 400, 800, 1000, 1000, 1000}) {
            FailureBackOff.failed(new MongoTimeoutException("no server"));
            assertThat(execution.nextBackOff()).isEqualTo(expected);
        }
        for (int i = 0; i < 1000; i++) {
            FailureBackOff.failed(new MongoTimeoutException("no server"));
            assertThat(execution.nextBackOff()).isEqualTo(1000);
        }
    }

    @Test
    void stopsAtOnceForTheEventsOwnFailureEvenAfterTransientOnes() {
        BackOffExecution execution = backOff.start();
        FailureBackOff.failed(new MongoTimeoutException("no server"));
        assertThat(execution.nextBackOff()).isEqualTo(100);

        FailureBackOff.failed(new EventFailedException(0, new InvalidCommandException(Map.of("side", "unknown"))));

        assertThat(execution.nextBackOff()).isEqualTo(BackOffExecution.STOP);
    }

    @Test
    void retriesAnUnknownFailureItsRetriesThenStops() {
        BackOffExecution execution = backOff.start();

        FailureBackOff.failed(new IllegalStateException("a bug"));
        assertThat(execution.nextBackOff()).isEqualTo(100);
        FailureBackOff.failed(new IllegalStateException("a bug"));
        assertThat(execution.nextBackOff()).isEqualTo(200);
        FailureBackOff.failed(new IllegalStateException("a bug"));
        assertThat(execution.nextBackOff()).isEqualTo(BackOffExecution.STOP);
    }

    @Test
    void saysThereAreRetriesWhenAskedWithoutAFailureEvenWithNoneForUnknownOnes() {
        assertThat(new FailureBackOff(0, 100, 1000).start().nextBackOff()).isEqualTo(100);
    }
}
