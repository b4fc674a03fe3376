package org.coopsuite.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.coopsuite.platform.scheduling.ScheduledCheck;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** A service's scheduled checks run at start-up and then each at its own interval; a service without any schedules nothing. */
class SchedulingConfigurationTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SchedulingConfiguration.class, TaskSchedulingAutoConfiguration.class));

    /** A check that counts its runs. */
    static final class Counting implements ScheduledCheck {

        private final Duration interval;
        final AtomicInteger runs = new AtomicInteger();

        Counting(Duration interval) {
            this.interval = interval;
        }

        @Override
        public Duration interval() {
            return interval;
        }

        @Override
        public void run() {
            runs.incrementAndGet();
        }
    }

    @Test
    void runsEachCheckAtStartUpAndThenEveryItsInterval() {
        Counting hourly = new Counting(Duration.ofHours(1));
        Counting often = new Counting(Duration.ofMillis(20));

        service.withBean("hourly", Counting.class, () -> hourly).withBean("often", Counting.class, () -> often)
                .run(context -> {
                    await().atMost(Duration.ofSeconds(10)).until(() -> often.runs.get() >= 3 && hourly.runs.get() >= 1);
                    assertThat(hourly.runs).hasValue(1);
                });
    }

    @Test
    void schedulesNothingInAServiceWithoutChecks() {
        service.run(context -> assertThat(context).doesNotHaveBean(SchedulingConfiguration.class)
                .doesNotHaveBean(ScheduledTaskHolder.class));
    }
}
