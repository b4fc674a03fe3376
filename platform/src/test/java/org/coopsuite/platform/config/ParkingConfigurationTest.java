package org.coopsuite.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopsuite.platform.scheduling.ScheduledCheck;
import org.junit.jupiter.api.Test;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The scheduled retry of transiently parked sequences exists only when a service turns it on.
 * The beans are lazy: what is checked is which are defined, not a store (ScheduledRetryIT runs it).
 */
class ParkingConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PlatformProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withInitializer(context -> context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
            .withUserConfiguration(Properties.class, ParkingConfiguration.class);

    @Test
    void hasNoScheduledRetryByDefault() {
        service.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ScheduledCheck.class)
                .doesNotHaveBean("transientParkedRetry"));
    }

    @Test
    void hasNoScheduledRetryWhenTurnedOff() {
        service.withPropertyValues("coop.platform.parked.retry-transient=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ScheduledCheck.class));
    }

    @Test
    void definesTheScheduledRetryWhenTurnedOn() {
        service.withPropertyValues("coop.platform.parked.retry-transient=true")
                .run(context -> assertThat(context.getBeanNamesForType(ScheduledCheck.class))
                        .containsExactly("transientParkedRetry"));
    }
}
