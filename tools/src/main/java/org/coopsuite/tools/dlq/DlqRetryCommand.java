package org.coopsuite.tools.dlq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.coopsuite.cli.CommandLines;
import org.coopsuite.tools.dlq.OperatorApi.Answer;
import org.coopsuite.tools.dlq.OperatorApi.Unreachable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dlq retry}. */
@Command(name = "retry", mixinStandardHelpOptions = true,
        description = "Applies a sequence's events again, in order; exit 1 when one is parked again.")
final class DlqRetryCommand extends DlqSubcommand {

    static final class Which {
        @Parameters(paramLabel = "SEQUENCE", description = "The sequence's id.")
        String id;
        @Option(names = "--all", required = true, description = "Every parked sequence of each service.")
        boolean all;
    }

    @ArgGroup(multiplicity = "1")
    Which which;

    @Option(names = "--service", paramLabel = "<service>", description = "Only this service.")
    String service;

    @Override
    int run(OperatorApi api) throws Unreachable, InterruptedException {
        boolean parkedAgain = false;
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> target : targets(api).entrySet()) {
            String url = target.getValue() + OperatorApi.PARKED + (which.all ? "" : "/" + which.id) + "/retry";
            Answer answer = api.post(url, null);
            if (!answer.ok()) {
                return fail(target.getKey() + ": " + answer.problem());
            }
            List<JsonNode> outcomes = new ArrayList<>();
            if (answer.body().isArray()) {
                answer.body().forEach(outcomes::add);
            } else {
                outcomes.add(answer.body());
            }
            parkedAgain |= outcomes.stream().anyMatch(o -> o.path("parkedAgain").asBoolean());
            if (options.json) {
                outcomes.forEach(o -> lines.add(DlqFormat.jsonLine(target.getKey(), o)));
            } else if (!outcomes.isEmpty()) {
                lines.addAll(DlqFormat.outcomes(target.getKey(), outcomes));
            }
        }
        print(lines.isEmpty() && !options.json ? List.of("no parked sequence") : lines);
        return parkedAgain ? CommandLines.FAILED : CommandLines.OK;
    }

    private Map<String, String> targets(OperatorApi api) throws Unreachable, InterruptedException {
        if (which.all) {
            return options.services(service);
        }
        Map.Entry<String, Answer> found = find(api, service, which.id);
        if (found == null) {
            throw new Unreachable("no service holds a sequence " + which.id, null);
        }
        return Map.of(found.getKey(), options.services(found.getKey()).get(found.getKey()));
    }
}
