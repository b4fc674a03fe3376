package org.coopsuite.tools.trace;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.kafka.common.KafkaException;
import org.coopsuite.cli.CommandLines;
import org.coopsuite.cli.CoopVersion;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.tools.kafka.KafkaOptions;
import org.coopsuite.tools.kafka.ReadOnlyConsumers;
import org.coopsuite.tools.suite.ServiceApi;
import org.coopsuite.tools.suite.SuiteOptions;
import org.coopsuite.tools.suite.SuiteOptions.Bearer;
import org.coopsuite.tools.tail.EventDecoder;
import org.coopsuite.tools.tail.TailLine;
import org.coopsuite.tools.trace.CausalOrder.Step;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code trace}: one cooperation across the three event topics, in causal order, then where
 * each service's projections stand for it and any parked dead letter in its path. It reads the
 * topics from the beginning to their end as it finds them, with no consumer group, and stops.
 */
@Command(name = "trace", mixinStandardHelpOptions = true, versionProvider = CoopVersion.class, sortOptions = false,
        description = {"Every event of a cooperation across the three event topics, in causal order, then where each "
                + "service's projections stand for it and any parked dead letter in its path.",
            "A call's trace: its events and those naming it, widened to their correlation ids (the mandate, the "
                + "agreement, the agenda items); a dialogue's likewise."})
public final class TraceCommand implements Callable<Integer> {

    @Parameters(paramLabel = "<call-id>", arity = "0..1", description = "The call whose cooperation to trace.")
    String callId;

    @Option(names = "--correlation", paramLabel = "<id>", description = "Trace the events of this correlation id instead.")
    String correlationId;

    @Option(names = "--dialogue", paramLabel = "<id>", description = "Trace this dialogue and the threads it started instead.")
    String dialogueId;

    @Option(names = "--json", description = "JSON lines instead of the timeline: tail's line of each event, with depth and causedBy.")
    boolean json;

    @Option(names = "--events-only", description = "Only the events: do not ask the services for their projections and parked dead letters.")
    boolean eventsOnly;

    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Mixin
    SuiteOptions suite = new SuiteOptions();

    @Spec
    CommandSpec spec;

    private final PrintStream out;
    private final Map<String, String> env;

    /**
     * @param out where the trace goes
     * @param env the environment, for {@value KafkaOptions#BOOTSTRAP_ENV}
     */
    public TraceCommand(PrintStream out, Map<String, String> env) {
        this.out = out;
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        TraceQuery query = query();
        List<String> topics = Arrays.stream(EventTopic.values()).map(EventTopic::topic).toList();
        String servers = kafka.bootstrapServers(env);
        EventDecoder decoder = EventDecoder.ofPublishedSchemas();
        List<TraceEvent> events;
        try (TopicScan scan = new TopicScan(ReadOnlyConsumers.consumer("coop-trace", servers, kafka.fileProperties()), topics)) {
            events = new TraceCollector(decoder).collect(scan, query);
        } catch (IllegalStateException | KafkaException e) {
            spec.commandLine().getErr().println("trace: Kafka at " + servers + ": " + e.getMessage());
            return CommandLines.FAILED;
        }
        if (events.isEmpty()) {
            spec.commandLine().getErr().println("trace: no event of " + query.label() + " on " + String.join(", ", topics));
            return CommandLines.FAILED;
        }
        List<Step> steps = CausalOrder.of(events);
        TraceReport report = new TraceReport(query, out);
        if (json) {
            Timeline.printJson(steps, new TailLine(decoder.model()), out);
        } else {
            out.printf("%s: %d events on %s, in causal order%n", query.label(), events.size(), String.join(", ", topics));
            Timeline.printText(steps, out);
        }
        if (!eventsOnly) {
            Bearer bearer = suite.bearer();
            ServiceApi api = new ServiceApi();
            report.projections(new Projections(api, suite).of(events, query, bearer), json);
            report.parked(new ParkedInPath(api).of(suite.services(), events, bearer), json);
        }
        out.flush();
        return CommandLines.OK;
    }

    /**
     * What the arguments ask for.
     *
     * @throws ParameterException unless exactly one of a call id, {@code --correlation} and {@code --dialogue} is given
     */
    TraceQuery query() {
        long given = Stream.of(callId, correlationId, dialogueId).filter(v -> v != null && !v.isBlank()).count();
        if (given != 1) {
            throw new ParameterException(spec.commandLine(), "Name one call id, or --correlation <id>, or --dialogue <id>");
        }
        if (callId != null) {
            return new TraceQuery(TraceQuery.Kind.CALL, callId);
        }
        return correlationId != null ? new TraceQuery(TraceQuery.Kind.CORRELATION, correlationId)
                : new TraceQuery(TraceQuery.Kind.DIALOGUE, dialogueId);
    }
}
