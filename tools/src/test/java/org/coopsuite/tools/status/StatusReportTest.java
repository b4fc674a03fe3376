package org.coopsuite.tools.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.coopsuite.tools.suite.ParkedSequences;
import org.coopsuite.tools.suite.ParkedSequences.Parked;
import org.coopsuite.tools.suite.Service;
import org.junit.jupiter.api.Test;

class StatusReportTest {

    private static final Parked NO_ENDPOINT = new Parked(null, ParkedSequences.NO_ENDPOINT);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void isHealthyWhenEveryServiceIsUpAndNoneHasAParkedSequenceWhateverTheLag() {
        assertThat(report(status("call-service", "UP", new Parked(0L, null), 12)).healthy()).isTrue();
        assertThat(report(status("call-service", "UP", NO_ENDPOINT, 0)).healthy())
                .as("a service without the endpoint counts neither way").isTrue();
    }

    @Test
    void isUnhealthyWhenAServiceIsNotUpOrHasParkedSequencesOrCannotTellOrKafkaIsUnread() {
        assertThat(report(status("call-service", "DOWN", NO_ENDPOINT, 0)).healthy()).isFalse();
        assertThat(report(status("call-service", "UP", new Parked(2L, null), 0)).healthy()).isFalse();
        assertThat(report(status("call-service", "UP", new Parked(null, "unknown: HTTP 401"), 0)).healthy()).isFalse();
        assertThat(new StatusReport(List.of(status("call-service", "UP", NO_ENDPOINT, 0)), "Kafka at x: down").healthy())
                .isFalse();
    }

    @Test
    void printsAServiceTableAGroupTableAndWhatIsWrong() {
        StatusReport report = report(status("call-service", "UP", NO_ENDPOINT, 12),
                status("funding-service", "DOWN", new Parked(null, "unknown: unreachable (ConnectException)"), 0));

        report.printTable(out, false);

        List<String> lines = text().lines().toList();
        assertThat(lines.get(0)).startsWith("SERVICE").contains("HEALTH", "OUTBOX", "OLDEST", "DEAD LETTERS", "PARKED");
        assertThat(lines.get(1)).startsWith("call-service").contains("UP", "3", "2m05s", "1")
                .endsWith(ParkedSequences.NO_ENDPOINT);
        assertThat(lines.get(2)).startsWith("funding-service").contains("DOWN");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("GROUP").contains("TOPIC", "LAG"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("call-service").contains("coop.dialogue.events")
                .endsWith("12"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("coop.funding.events").endsWith("0 (no offsets committed)"));
        assertThat(lines).contains("! funding-service is DOWN (http://localhost:9082/actuator/health)",
                "! funding-service: parked sequences unknown: unreachable (ConnectException)");
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains("partition"));
    }

    @Test
    void showsEachPartitionAndOutboxCollectionWhenVerbose() {
        report(status("call-service", "UP", new Parked(0L, null), 12)).printTable(out, true);

        assertThat(text().lines()).anySatisfy(l -> assertThat(l).startsWith("  outbox calls").contains("3", "2m05s"))
                .anySatisfy(l -> assertThat(l.strip()).startsWith("partition 0").endsWith("12  (committed 8, end 20)"))
                .anySatisfy(l -> assertThat(l.strip()).startsWith("partition 0").endsWith("0  (committed none, end 0)"));
    }

    @Test
    void printsOneJsonObject() throws Exception {
        report(status("call-service", "UP", new Parked(1L, null), 12)).printJson(out);

        JsonNode json = new ObjectMapper().readTree(text());
        assertThat(json.get("healthy").asBoolean()).isFalse();
        JsonNode service = json.at("/services/0");
        assertThat(service.get("service").asText()).isEqualTo("call-service");
        assertThat(service.at("/outbox/calls/backlog").asLong()).isEqualTo(3);
        assertThat(service.at("/parked/count").asLong()).isEqualTo(1);
        assertThat(service.at("/groups/0/lag").asLong()).isEqualTo(12);
        assertThat(service.at("/groups/0/topics/0/partitions/0/committed").asLong()).isEqualTo(8);
        assertThat(service.at("/groups/0/topics/1/partitions/0/committed").isNull()).isTrue();
    }

    @Test
    void writesAgesReadably() {
        assertThat(StatusReport.age(0)).isEqualTo("0.0s");
        assertThat(StatusReport.age(12.34)).isEqualTo("12.3s");
        assertThat(StatusReport.age(125)).isEqualTo("2m05s");
        assertThat(StatusReport.age(7322)).isEqualTo("2h02m");
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static StatusReport report(ServiceStatus... statuses) {
        return new StatusReport(List.of(statuses), "");
    }

    private static ServiceStatus status(String name, String health, Parked parked, long lag) {
        int port = name.equals("call-service") ? 1 : 2;
        Service service = new Service(name, "http://localhost:808" + port, "http://localhost:908" + port,
                Map.of(name, List.of("coop.dialogue.events", "coop.funding.events")));
        if (!health.equals("UP")) {
            return new ServiceStatus(service, health, "", Map.of(), Optional.empty(), parked, List.of());
        }
        Lag.OfGroup group = new Lag.OfGroup(name, List.of(
                new Lag.OfTopic("coop.dialogue.events", List.of(new Lag.OfPartition("coop.dialogue.events", 0, 8L, 0, 8 + lag))),
                new Lag.OfTopic("coop.funding.events", List.of(new Lag.OfPartition("coop.funding.events", 0, null, 0, 0)))));
        return new ServiceStatus(service, health, "", Map.of("calls", new ServiceStatus.Outbox(3, 125)), Optional.of(1.0),
                parked, List.of(group));
    }
}
