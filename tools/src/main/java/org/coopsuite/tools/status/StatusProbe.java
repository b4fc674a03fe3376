package org.coopsuite.tools.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coopsuite.tools.status.PrometheusText.Sample;
import org.coopsuite.tools.suite.ParkedSequences;
import org.coopsuite.tools.suite.ParkedSequences.Parked;
import org.coopsuite.tools.suite.Service;
import org.coopsuite.tools.suite.ServiceApi;
import org.coopsuite.tools.suite.ServiceApi.Answer;
import org.coopsuite.tools.suite.SuiteOptions.Bearer;

/**
 * Asks one service how it is: health and metrics on its management port (no token there),
 * parked sequences on its API (with the operator's token). Kafka's side, the lag, is
 * {@link ConsumerLag}'s.
 */
final class StatusProbe {

    /** {@code coop.outbox.backlog}, as the Prometheus registry names it. */
    static final String BACKLOG = "coop_outbox_backlog";
    /** {@code coop.outbox.oldest.age}, whose base unit is seconds. */
    static final String OLDEST_AGE = "coop_outbox_oldest_age_seconds";
    /** {@code coop.dead.letters}, a counter. */
    static final String DEAD_LETTERS = "coop_dead_letters_total";

    private static final String PROMETHEUS_TEXT = "text/plain;version=0.0.4";

    private final ServiceApi api;
    private final ParkedSequences parked;

    StatusProbe(ServiceApi api) {
        this.api = api;
        this.parked = new ParkedSequences(api);
    }

    ServiceStatus probe(Service service, Bearer bearer) throws InterruptedException {
        Answer health = api.get(service.managementUrl() + "/actuator/health", Optional.empty());
        String status = health.json().map(j -> j.path("status").asText("")).filter(s -> !s.isEmpty()).orElse("DOWN");
        String note = health.json().isPresent() && health.json().get().has("status") ? "" : health.failure();
        Answer metrics = api.get(service.managementUrl() + "/actuator/prometheus", Optional.empty(), PROMETHEUS_TEXT);
        List<Sample> samples = metrics.ok() ? PrometheusText.parse(metrics.body()) : List.of();
        Parked sequences = parked.count(service, bearer);
        return new ServiceStatus(service, status, note, outbox(samples), deadLetters(samples), sequences, List.of());
    }

    /** The outbox gauges by collection; a collection appears once the relay has swept it. */
    static Map<String, ServiceStatus.Outbox> outbox(List<Sample> samples) {
        Map<String, Long> backlog = new LinkedHashMap<>();
        PrometheusText.named(samples, BACKLOG).forEach(s -> backlog.merge(s.label("collection"), (long) s.value(), Long::sum));
        Map<String, Double> oldest = new LinkedHashMap<>();
        PrometheusText.named(samples, OLDEST_AGE).forEach(s -> oldest.merge(s.label("collection"), s.value(), Math::max));
        Map<String, ServiceStatus.Outbox> outbox = new LinkedHashMap<>();
        backlog.forEach((collection, count) -> outbox.put(collection,
                new ServiceStatus.Outbox(count, oldest.getOrDefault(collection, 0.0))));
        return outbox;
    }

    static Optional<Double> deadLetters(List<Sample> samples) {
        List<Sample> counters = PrometheusText.named(samples, DEAD_LETTERS);
        return counters.isEmpty() ? Optional.empty() : Optional.of(counters.stream().mapToDouble(Sample::value).sum());
    }
}
