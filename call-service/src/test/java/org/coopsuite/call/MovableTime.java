package org.coopsuite.call;

import java.time.Duration;
import java.time.Instant;

import org.coopsuite.platform.test.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A clock the integration tests move forward, shared by them all (one cached application
 * context). It starts days behind, so that moving it past openings and deadlines brings it back
 * to about now: the events' time is their Kafka timestamp, and the broker refuses one more than an
 * hour ahead. The tests together move it by less than {@link #BEHIND}.
 */
@TestConfiguration
public class MovableTime {

    public static final Duration BEHIND = Duration.ofDays(30);

    @Bean
    MutableClock clock() {
        return new MutableClock(Instant.now().minus(BEHIND));
    }
}
