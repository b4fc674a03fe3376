package org.coopsuite.platform.config;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.coopsuite.platform.correlation.CorrelationFilter;
import org.coopsuite.platform.health.ApplicationPortHealth;
import org.coopsuite.platform.health.MongoPingHealthIndicator;
import org.coopsuite.platform.messaging.Parking;
import org.coopsuite.platform.messaging.TopicConsumers;
import org.coopsuite.platform.operator.OperatorStatusController;
import org.coopsuite.platform.operator.ParkedSequencesController;
import org.coopsuite.platform.projection.Projector;
import org.coopsuite.platform.query.ViewQueries;
import org.coopsuite.platform.reference.EventReferences;
import org.coopsuite.platform.reference.ReferenceData;
import org.coopsuite.platform.reference.ReferenceDataController;
import org.coopsuite.platform.security.SecurityConfiguration;
import org.coopsuite.platform.tracing.TraceHeaders;
import org.coopsuite.platform.web.BodySizeLimitFilter;
import org.coopsuite.platform.web.IdempotencyFilter;
import org.coopsuite.platform.web.JsonInputConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.coopsuite.platform.web.OpenApiConfiguration;
import org.coopsuite.platform.web.ProblemDetailsAdvice;
import org.coopsuite.schemas.codec.EventCodec;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What every service of the suite gets from the platform by having it on the classpath. It comes
 * before Boot's task scheduling, which gives a service its scheduler only once its scheduled
 * checks have turned scheduling on ({@link SchedulingConfiguration}).
 */
@AutoConfiguration(before = {MongoHealthContributorAutoConfiguration.class, TaskSchedulingAutoConfiguration.class})
@EnableConfigurationProperties({PlatformProperties.class, ReferenceData.class})
@Import({MessagingConfiguration.class, OutboxConfiguration.class, ParkingConfiguration.class,
        SchedulingConfiguration.class, ParkedSequencesController.class, ReferenceDataController.class,
        OperatorStatusController.class, RebuildConfiguration.class,
        ProblemDetailsAdvice.class, SecurityConfiguration.class, OpenApiConfiguration.class, ApplicationPortHealth.class,
        JsonInputConfiguration.class})
public class PlatformAutoConfiguration {

    /** Named like Boot's own indicator so that Boot's {@code hello}-based one backs off. */
    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    /**
     * The clock of every rule that depends on time; tests replace it. It ticks in milliseconds,
     * what MongoDB keeps of an instant, so that a command answers the times it stored (and a
     * request run again under its Idempotency-Key answers what the first run would have).
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }

    @Bean
    TraceHeaders traceHeaders(Tracer tracer, Propagator propagator) {
        return new TraceHeaders(tracer, propagator);
    }

    @Bean
    Projector projector(MongoTemplate mongo, MeterRegistry registry, PlatformProperties properties) {
        return new Projector(mongo, registry, properties.projection().cachedViews());
    }

    @Bean
    TopicConsumers topicConsumers(EventCodec codec, Projector projector, TraceHeaders tracing, Parking parking,
            ReferenceData reference) {
        return new TopicConsumers(codec, projector, tracing, parking, new EventReferences(reference));
    }

    @Bean
    ViewQueries viewQueries(Projector projector) {
        return new ViewQueries(projector);
    }

    /** First of all filters, so that even a rejected request is logged with its correlation id. */
    @Bean
    FilterRegistrationBean<CorrelationFilter> correlationFilter() {
        FilterRegistrationBean<CorrelationFilter> registration = new FilterRegistrationBean<>(new CorrelationFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** After Spring Security's filters (the caller is known) and the body size limit. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(MongoTemplate mongo, Clock clock) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                IdempotencyFilter.storedIn(mongo, clock));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(PlatformProperties properties) {
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(properties.web().maxBodySize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
