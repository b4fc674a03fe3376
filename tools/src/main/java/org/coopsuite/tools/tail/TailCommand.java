package org.coopsuite.tools.tail;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.apache.kafka.common.KafkaException;
import org.coopsuite.cli.CommandLines;
import org.coopsuite.cli.CoopVersion;
import org.coopsuite.cli.PositiveIntConverter;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.tools.kafka.KafkaOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tail}: prints the records of topics as JSON lines on standard output, and nothing else
 * there, so that it can be piped; a failure (Kafka unreachable, no such topic) is one line on
 * standard error and exit code 1.
 */
@Command(name = "tail", mixinStandardHelpOptions = true, versionProvider = CoopVersion.class, sortOptions = false,
        description = "Prints the events of topics (or dead-letter topics) as JSON lines, one per record.")
public final class TailCommand implements Callable<Integer> {

    /** Environment variable naming Kafka's bootstrap servers when the option is not given. */
    public static final String BOOTSTRAP_ENV = KafkaOptions.BOOTSTRAP_ENV;

    @Parameters(paramLabel = "<topic>|all", arity = "0..*",
            description = "Topic names, several or comma-separated; all = the three event topics.")
    List<String> topics = List.of();

    @Option(names = "--from-beginning", description = "Start at the first record; by default only records written from now on.")
    boolean fromBeginning;

    @Option(names = "--aggregate", paramLabel = "<id>", description = "Only the events whose meta.aggregateId is this.")
    String aggregateId;

    @Option(names = "--correlation", paramLabel = "<id>", description = "Only the events whose meta.correlationId is this.")
    String correlationId;

    @Option(names = "--max", paramLabel = "<n>", converter = PositiveIntConverter.class,
            description = "Stop after printing this many lines.")
    Integer max;

    @Option(names = "--idle-timeout", paramLabel = "<duration>",
            description = "Stop once no record arrived for this long: 500ms, 10s, 2m, 1h, PT1M. Default: run until Ctrl-C.")
    Duration idleTimeout;

    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Spec
    CommandSpec spec;

    private final PrintStream out;
    private final Map<String, String> env;
    private final Consumer<Tail> whileTailing;

    /**
     * @param out          where the JSON lines go
     * @param env          the environment, for {@value #BOOTSTRAP_ENV}
     * @param whileTailing told of a tail before it starts, e.g. to stop it on Ctrl-C
     */
    public TailCommand(PrintStream out, Map<String, String> env, Consumer<Tail> whileTailing) {
        this.out = out;
        this.env = env;
        this.whileTailing = whileTailing;
    }

    @Override
    public Integer call() {
        Tail tail = new Tail(options(), EventDecoder.ofPublishedSchemas(), out);
        whileTailing.accept(tail);
        try {
            tail.run();
            return CommandLines.OK;
        } catch (IllegalStateException | KafkaException e) {
            spec.commandLine().getErr().println("tail: " + e.getMessage());
            return CommandLines.FAILED;
        }
    }

    /**
     * What the arguments ask for.
     *
     * @throws ParameterException if they name no topic, or the {@code --command-config} file cannot be read
     */
    TailOptions options() {
        Set<String> names = new LinkedHashSet<>();
        topics.forEach(arg -> names.addAll(expand(arg)));
        if (names.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Name at least one topic, or all");
        }
        return new TailOptions(List.copyOf(names), kafka.bootstrapServers(env), kafka.fileProperties(), fromBeginning, Optional.ofNullable(aggregateId),
                Optional.ofNullable(correlationId), Optional.ofNullable(max).map(Integer::longValue),
                Optional.ofNullable(idleTimeout));
    }

    private static List<String> expand(String arg) {
        List<String> names = new ArrayList<>();
        for (String name : arg.split(",")) {
            if (name.equals("all")) {
                Arrays.stream(EventTopic.values()).map(EventTopic::topic).forEach(names::add);
            } else if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }
}
