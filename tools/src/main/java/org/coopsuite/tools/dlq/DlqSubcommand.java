package org.coopsuite.tools.dlq;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.coopsuite.cli.CommandLines;
import org.coopsuite.tools.dlq.OperatorApi.Answer;
import org.coopsuite.tools.dlq.OperatorApi.Unreachable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand shares: where to ask, as whom, and how it fails. */
abstract class DlqSubcommand implements Callable<Integer> {

    @ParentCommand
    DlqCommand dlq;
    @Mixin
    ServiceOptions options;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            return run(new OperatorApi(options.token()));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("dlq " + spec.name() + ": " + e.getMessage());
            return CommandLines.USAGE;
        } catch (Unreachable | RuntimeException e) {
            return fail(e.getMessage() != null ? e.getMessage() : e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CommandLines.FAILED;
        }
    }

    abstract int run(OperatorApi api) throws Unreachable, InterruptedException;

    int fail(String message) {
        spec.commandLine().getErr().println("dlq " + spec.name() + ": " + message);
        return CommandLines.FAILED;
    }

    void print(List<String> lines) {
        lines.forEach(dlq.out::println);
        dlq.out.flush();
    }

    /** The service that holds the sequence and its answer, asking each in turn (or only {@code service}). */
    Map.Entry<String, Answer> find(OperatorApi api, String service, String id) throws Unreachable, InterruptedException {
        Unreachable unreachable = null;
        for (Map.Entry<String, String> candidate : options.services(service).entrySet()) {
            try {
                Answer answer = api.get(candidate.getValue() + OperatorApi.PARKED + "/" + id);
                if (answer.status() != 404) {
                    return Map.entry(candidate.getKey(), answer);
                }
            } catch (Unreachable e) {
                unreachable = e; // it may be another service's: ask the others first
            }
        }
        if (unreachable != null) {
            throw unreachable;
        }
        return null;
    }
}
