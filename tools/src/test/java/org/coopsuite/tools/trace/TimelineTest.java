package org.coopsuite.tools.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.coopsuite.tools.tail.EventDecoder;
import org.coopsuite.tools.tail.TailLine;
import org.coopsuite.tools.trace.CausalOrder.Step;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private final CooperationThread thread = new CooperationThread("timeline");
    private final List<Step> steps = CausalOrder.of(CausalOrderTest.events(thread.publishingOrder()));
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void printsOneAlignedLinePerEventWithItsCauseIndentedAbove() {
        Timeline.printText(steps, out);

        List<String> lines = text().lines().toList();
        assertThat(lines).hasSize(1 + thread.events().size());
        assertThat(lines.get(0)).startsWith("TIME").contains("TOPIC", "EVENT", "TYPE", "AGGREGATE@VERSION", "CAUSED BY");
        String decision = Timeline.shortId(CooperationThread.id(thread.decision));
        assertThat(lines.get(1)).startsWith("2026-11-25T09:30:00.000Z").contains("dialogue", decision, "DecisionRecorded",
                thread.dialogueId + "@3", "request r1");
        assertThat(lines.get(2)).startsWith("2026-11-25T09:29:59.000Z").contains("call", "└ CallDrafted", thread.callId + "@1")
                .endsWith("DecisionRecorded " + decision);
        assertThat(lines.get(8)).contains("└ CallOpened").endsWith("CoFundingSecured "
                + Timeline.shortId(CooperationThread.id(thread.secured)));
        int typeColumn = lines.get(0).indexOf("TYPE");
        assertThat(lines).allSatisfy(line -> assertThat(line.charAt(typeColumn - 1)).isEqualTo(' '));
        assertThat(lines.get(2).indexOf("└ CallDrafted")).isEqualTo(typeColumn);
    }

    @Test
    void namesACauseOutsideTheTraceAndShortensIds() {
        assertThat(Timeline.shortId("8f14e45f-ceea-467f-a0e6-7b2a1d5d3f10")).isEqualTo("8f14e45f");
        assertThat(Timeline.topic("coop.funding.events")).isEqualTo("funding");
        assertThat(Timeline.topic("coop.call.events.funding-service.dlq")).isEqualTo("coop.call.events.funding-service.dlq");
        assertThat(Timeline.indent(0)).isEmpty();
        assertThat(Timeline.indent(2)).isEqualTo("  └ ");

        List<Step> alone = CausalOrder.of(CausalOrderTest.events(List.of(thread.drafted)));
        assertThat(Timeline.causedBy(alone.get(0)))
                .isEqualTo("event " + Timeline.shortId(CooperationThread.id(thread.decision)) + " (not in the trace)");
    }

    @Test
    void printsJsonLinesAsTailDoesWithTheDepthAndTheCause() throws Exception {
        Timeline.printJson(steps, new TailLine(EventDecoder.ofPublishedSchemas().model()), out);

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = text().lines().map(line -> {
            try {
                return json.readTree(line);
            } catch (Exception e) {
                throw new AssertionError("Not JSON: " + line, e);
            }
        }).toList();
        assertThat(lines).hasSize(thread.events().size());
        assertThat(lines.get(0).get("type").asText()).isEqualTo("DecisionRecorded");
        assertThat(lines.get(0).get("depth").asInt()).isZero();
        assertThat(lines.get(0).get("causedBy").isNull()).isTrue();
        assertThat(lines.get(1).at("/event/meta/eventId").asText()).isEqualTo(CooperationThread.id(thread.drafted));
        assertThat(lines.get(1).get("depth").asInt()).isEqualTo(1);
        assertThat(lines.get(1).get("causedBy").asText()).isEqualTo(CooperationThread.id(thread.decision));
        assertThat(lines.get(1).get("topic").asText()).isEqualTo("coop.call.events");
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
