package org.coopsuite.tools.trace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.coopsuite.tools.suite.Service;
import org.coopsuite.tools.suite.ServiceApi;
import org.coopsuite.tools.suite.ServiceApi.Answer;
import org.coopsuite.tools.suite.SuiteOptions;
import org.coopsuite.tools.suite.SuiteOptions.Bearer;

/**
 * Where each service's projections stand for the aggregates of a trace: each call as
 * call-service holds it (state, version) and as funding-service's and dialogue-service's views
 * show it, its agreement, and each dialogue; beside the version of the aggregate's last event
 * in the trace, so that an owner lagging behind its own events shows.
 */
final class Projections {

    private final ServiceApi api;
    private final SuiteOptions suite;

    Projections(ServiceApi api, SuiteOptions suite) {
        this.api = api;
        this.suite = suite;
    }

    /**
     * What one service answered for one aggregate.
     *
     * @param service     the service asked
     * @param aggregate   e.g. {@code call call-2027-climate}
     * @param path        what was asked
     * @param state       its {@code state}, if it answered one
     * @param version     its {@code version} (the aggregate's owner answers one; views do not)
     * @param lastEvent   the version of the aggregate's last event in the trace, if the service owns it
     * @param note        why there is no state (404: not in its view; unreachable), else empty
     */
    record Standing(String service, String aggregate, String path, Optional<String> state, Optional<Long> version,
            Optional<Long> lastEvent, String note) {

        String text() {
            if (state.isEmpty()) {
                return note;
            }
            String owned = version.map(v -> ", version " + v + lastEvent.map(last -> last.equals(v)
                    ? " (its last event: v" + last + ")" : " (BEHIND its last event: v" + last + ")").orElse("")).orElse("");
            return "state " + state.get() + owned;
        }
    }

    /** For every call, agreement and dialogue of the trace, and the call or dialogue traced even without events. */
    List<Standing> of(List<TraceEvent> events, TraceQuery query, Bearer bearer) throws InterruptedException {
        List<Standing> standings = new ArrayList<>();
        Service call = suite.service("call-service");
        Service funding = suite.service("funding-service");
        Service dialogue = suite.service("dialogue-service");
        for (String id : with(query, TraceQuery.Kind.CALL, aggregates(events, "Call"))) {
            standings.add(ask(call, "call " + id, "/api/calls/" + id, last(events, id), bearer));
            standings.add(ask(funding, "call " + id, "/api/calls/" + id, Optional.empty(), bearer));
            standings.add(ask(dialogue, "call " + id, "/api/calls/" + id, Optional.empty(), bearer));
        }
        for (String id : aggregates(events, "Agreement")) {
            standings.add(ask(funding, "agreement " + id, "/api/agreements/" + id, last(events, id), bearer));
        }
        for (String id : with(query, TraceQuery.Kind.DIALOGUE, aggregates(events, "Dialogue"))) {
            standings.add(ask(dialogue, "dialogue " + id, "/api/dialogues/" + id, last(events, id), bearer));
        }
        return standings;
    }

    private Standing ask(Service service, String aggregate, String path, Optional<Long> lastEvent, Bearer bearer)
            throws InterruptedException {
        if (bearer.token().isEmpty()) {
            return new Standing(service.name(), aggregate, path, Optional.empty(), Optional.empty(), lastEvent,
                    bearer.missing());
        }
        Answer answer = api.get(service.apiUrl() + path, bearer.token());
        Optional<JsonNode> body = answer.ok() ? answer.json() : Optional.empty();
        Optional<String> state = body.map(b -> b.path("state")).filter(JsonNode::isTextual).map(JsonNode::asText);
        Optional<Long> version = body.map(b -> b.path("version")).filter(JsonNode::isNumber).map(JsonNode::asLong);
        String note = answer.status() == 404 ? "not in its view (404)" : answer.ok() ? "no state in the answer" : answer.failure();
        return new Standing(service.name(), aggregate, path, state, version, version.isPresent() ? lastEvent : Optional.empty(),
                state.isPresent() ? "" : note);
    }

    /** The ids of the trace's aggregates of this type, in the order they first appear. */
    static Set<String> aggregates(List<TraceEvent> events, String type) {
        Set<String> ids = new LinkedHashSet<>();
        events.stream().filter(e -> e.aggregateType().filter(type::equals).isPresent())
                .forEach(e -> ids.add(e.aggregateId()));
        return ids;
    }

    private static Set<String> with(TraceQuery query, TraceQuery.Kind kind, Set<String> ids) {
        Set<String> all = new LinkedHashSet<>();
        if (query.kind() == kind) {
            all.add(query.id());
        }
        all.addAll(ids);
        return all;
    }

    private static Optional<Long> last(List<TraceEvent> events, String aggregateId) {
        return events.stream().filter(e -> e.aggregateId().equals(aggregateId)).map(TraceEvent::version)
                .flatMap(Optional::stream).max(Long::compare);
    }
}
