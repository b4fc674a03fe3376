package org.coopsuite.platform.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.KafkaException;

/** Which refusals quarantine an outbox: those that come again whatever the wait, never a broker that is slow or moving. */
class PublishFailuresTest {

    @Test
    void aRecordTheBrokerRefusesItselfIsALastingFailure() {
        assertThat(PublishFailures.lasting(new KafkaException("send failed", new RecordTooLargeException("1.1 MB")))).isTrue();
        assertThat(PublishFailures.lasting(new TopicAuthorizationException("coop.call.events"))).isTrue();
    }

    @Test
    void aTimeoutOrALeaderThatMovedPasses() {
        assertThat(PublishFailures.lasting(new TimeoutException("not acknowledged within 10000 ms"))).isFalse();
        assertThat(PublishFailures.lasting(new KafkaException("send failed",
                new org.apache.kafka.common.errors.TimeoutException("expired")))).isFalse();
        assertThat(PublishFailures.lasting(new NotLeaderOrFollowerException("moved"))).isFalse();
    }

    @Test
    void theReasonIsTheInnermostCause() {
        assertThat(PublishFailures.reason(new KafkaException("send failed", new RecordTooLargeException("1.1 MB"))))
                .isEqualTo("RecordTooLargeException: 1.1 MB");
    }
}
