package org.coopsuite.tools.dlq;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.coopsuite.cli.CommandLines;
import org.coopsuite.cli.CoopVersion;
import org.coopsuite.tools.dlq.OperatorApi.Answer;
import org.coopsuite.tools.dlq.OperatorApi.Unreachable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dlq}: the parked sequences (sequenced dead letters) of the services, through their
 * operator endpoints: list them, show one, retry one or all, evict one with a reason.
 */
@Command(name = "dlq", mixinStandardHelpOptions = true, versionProvider = CoopVersion.class,
        description = "The services' parked sequences (sequenced dead letters): list, show, retry, evict.",
        subcommands = {DlqListCommand.class, DlqCommand.ShowCommand.class, DlqRetryCommand.class,
            DlqCommand.EvictCommand.class})
public final class DlqCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    final PrintStream out;

    /** @param out where the tables or JSON lines go */
    public DlqCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a dlq command: list, show, retry, evict");
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One sequence: its events and its reason.")
    static final class ShowCommand extends DlqSubcommand {

        @Parameters(paramLabel = "SEQUENCE", description = "The sequence's id, as list shows it.")
        String id;

        @Option(names = "--service", paramLabel = "<service>", description = "Ask only this service.")
        String service;

        @Override
        int run(OperatorApi api) throws Unreachable, InterruptedException {
            Map.Entry<String, Answer> found = find(api, service, id);
            if (found == null) {
                return fail("no service holds a sequence " + id);
            }
            if (!found.getValue().ok()) {
                return fail(found.getKey() + ": " + found.getValue().problem());
            }
            print(options.json ? List.of(DlqFormat.jsonLine(found.getKey(), found.getValue().body()))
                    : DlqFormat.detail(found.getKey(), found.getValue().body()));
            return CommandLines.OK;
        }
    }

    @Command(name = "evict", mixinStandardHelpOptions = true,
            description = "Gives a sequence up, with your reason: kept as evicted, never silent.")
    static final class EvictCommand extends DlqSubcommand {

        @Parameters(paramLabel = "SEQUENCE", description = "The sequence's id.")
        String id;

        @Option(names = "--reason", required = true, paramLabel = "<reason>", description = "Why it is given up.")
        String reason;

        @Option(names = "--service", paramLabel = "<service>", description = "Ask only this service.")
        String service;

        @Override
        int run(OperatorApi api) throws Unreachable, InterruptedException {
            Map.Entry<String, Answer> found = find(api, service, id);
            if (found == null) {
                return fail("no service holds a sequence " + id);
            }
            String url = options.services(found.getKey()).get(found.getKey()) + OperatorApi.PARKED + "/" + id
                    + "/eviction";
            Answer answer = api.post(url, OperatorApi.json(Map.of("reason", reason)));
            if (!answer.ok()) {
                return fail(found.getKey() + ": " + answer.problem());
            }
            print(List.of(options.json ? DlqFormat.jsonLine(found.getKey(), answer.body())
                    : DlqFormat.evicted(found.getKey(), answer.body())));
            return CommandLines.OK;
        }
    }
}
