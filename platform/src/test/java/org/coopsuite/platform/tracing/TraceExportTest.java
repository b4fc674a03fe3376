package org.coopsuite.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingAutoConfiguration;
import org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The OTLP export of spans is off until an endpoint is given, and then sends over HTTP. */
class TraceExportTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OpenTelemetrySdkAutoConfiguration.class,
                    OpenTelemetryTracingAutoConfiguration.class, OtlpTracingAutoConfiguration.class));

    @Test
    void exportsNothingByDefault() {
        context.run(application -> assertThat(application).doesNotHaveBean(SpanExporter.class));
    }

    @Test
    void exportsOverHttpToTheEndpointGiven() {
        context.withPropertyValues("management.opentelemetry.tracing.export.otlp.endpoint=http://localhost:4318/v1/traces")
                .run(application -> assertThat(application).hasSingleBean(OtlpHttpSpanExporter.class)
                        .getBean(OtlpHttpSpanExporter.class).asString().contains("endpoint=http://localhost:4318/v1/traces"));
    }
}
