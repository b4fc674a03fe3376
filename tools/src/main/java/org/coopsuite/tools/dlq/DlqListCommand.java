package org.coopsuite.tools.dlq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.coopsuite.cli.CommandLines;
import org.coopsuite.tools.dlq.OperatorApi.Answer;
import org.coopsuite.tools.dlq.OperatorApi.Unreachable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dlq list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "The parked sequences of each service.")
final class DlqListCommand extends DlqSubcommand {

    @Option(names = "--service", paramLabel = "<service>", description = "Only this service (call-service, ...).")
    String service;

    @Option(names = "--evicted", description = "The evicted sequences (kept with who, when, why) instead.")
    boolean evicted;

    @Override
    int run(OperatorApi api) throws InterruptedException {
        List<DlqFormat.Row> rows = new ArrayList<>();
        List<String> jsonLines = new ArrayList<>();
        int code = CommandLines.OK;
        for (Map.Entry<String, String> target : options.services(service).entrySet()) {
            try {
                for (JsonNode sequence : all(api, target.getValue())) {
                    rows.add(new DlqFormat.Row(target.getKey(), sequence));
                    jsonLines.add(DlqFormat.jsonLine(target.getKey(), sequence));
                }
            } catch (Unreachable e) {
                code = fail(target.getKey() + ": " + e.getMessage());
            }
        }
        print(options.json ? jsonLines : DlqFormat.table(rows));
        return code;
    }

    private List<JsonNode> all(OperatorApi api, String url) throws Unreachable, InterruptedException {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Answer answer = api.get(url + OperatorApi.PARKED + "?size=100&page=" + page
                    + (evicted ? "&state=EVICTED" : ""));
            if (!answer.ok()) {
                throw new Unreachable(url + ": " + answer.problem(), null);
            }
            answer.body().path("items").forEach(all::add);
            if (page + 1 >= answer.body().path("totalPages").asInt()) {
                return all;
            }
        }
    }
}
