package org.coopsuite.tools.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.coopsuite.tools.status.PrometheusText.Sample;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    @Test
    void readsSamplesWithTheirLabelsAndSkipsCommentsAndBrokenLines() {
        List<Sample> samples = PrometheusText.parse("""
                # HELP coop_outbox_backlog Events pending in the outbox at the last sweep
                # TYPE coop_outbox_backlog gauge
                coop_outbox_backlog{collection="calls",} 3.0
                coop_outbox_backlog{collection="proposals"} 0.0 1700000000000

                coop_dead_letters_total{group="call-service",topic="coop.dialogue.events"} 2.0
                jvm_threads_live_threads 31
                odd{reason="a \\"quoted\\" \\\\ word\\nand more",x="y"} +Inf
                broken{collection="calls" 1.0
                also_broken{collection="calls"} many
                """);

        assertThat(samples).extracting(Sample::name).containsExactly("coop_outbox_backlog", "coop_outbox_backlog",
                "coop_dead_letters_total", "jvm_threads_live_threads", "odd");
        assertThat(samples.get(0).labels()).isEqualTo(Map.of("collection", "calls"));
        assertThat(samples.get(0).value()).isEqualTo(3.0);
        assertThat(samples.get(2).label("group")).isEqualTo("call-service");
        assertThat(samples.get(3).labels()).isEmpty();
        assertThat(samples.get(3).value()).isEqualTo(31);
        assertThat(samples.get(4).label("reason")).isEqualTo("a \"quoted\" \\ word\nand more");
        assertThat(samples.get(4).label("x")).isEqualTo("y");
        assertThat(samples.get(4).value()).isInfinite();
    }

    /**
     * The meters as the platform registers them (OutboxMetrics, DeadLetters), scraped from the
     * Prometheus registry the services use: the names status reads are the names it writes.
     */
    @Test
    void readsTheOutboxAndDeadLetterMetersUnderTheNamesTheServicesRegistryWrites() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        AtomicLong calls = new AtomicLong(4);
        Gauge.builder("coop.outbox.backlog", calls, AtomicLong::get).tag("collection", "calls").register(registry);
        Gauge.builder("coop.outbox.backlog", () -> 1).tag("collection", "proposals").register(registry);
        Gauge.builder("coop.outbox.oldest.age", () -> Duration.ofMinutes(2).toSeconds()).baseUnit("seconds")
                .tag("collection", "calls").register(registry);
        Gauge.builder("coop.outbox.oldest.age", () -> 0.5).baseUnit("seconds").tag("collection", "proposals").register(registry);
        Counter.builder("coop.dead.letters").tag("topic", "coop.dialogue.events").tag("group", "call-service")
                .register(registry).increment(2);
        Counter.builder("coop.dead.letters").tag("topic", "coop.funding.events").tag("group", "call-service")
                .register(registry).increment();

        List<Sample> samples = PrometheusText.parse(registry.scrape());

        Map<String, ServiceStatus.Outbox> outbox = StatusProbe.outbox(samples);
        assertThat(outbox).containsOnlyKeys("calls", "proposals");
        assertThat(outbox.get("calls")).isEqualTo(new ServiceStatus.Outbox(4, 120.0));
        assertThat(outbox.get("proposals")).isEqualTo(new ServiceStatus.Outbox(1, 0.5));
        assertThat(StatusProbe.deadLetters(samples)).contains(3.0);
        assertThat(samples).extracting(Sample::name).contains(StatusProbe.BACKLOG, StatusProbe.OLDEST_AGE,
                StatusProbe.DEAD_LETTERS);
    }

    @Test
    void findsNoOutboxBeforeTheRelaysFirstSweepAndNoDeadLettersWithoutTheCounter() {
        List<Sample> samples = PrometheusText.parse("jvm_threads_live_threads 31\n");

        assertThat(StatusProbe.outbox(samples)).isEmpty();
        assertThat(StatusProbe.deadLetters(samples)).isEmpty();
    }
}
