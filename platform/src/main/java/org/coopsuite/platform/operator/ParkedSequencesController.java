package org.coopsuite.platform.operator;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.coopsuite.platform.domain.NotFoundException;
import org.coopsuite.platform.messaging.ParkedEvent;
import org.coopsuite.platform.messaging.ParkedSequence;
import org.coopsuite.platform.messaging.ParkedSequence.Outcome;
import org.coopsuite.platform.messaging.ParkedSequence.State;
import org.coopsuite.platform.messaging.ParkedSequences;
import org.coopsuite.platform.messaging.SequenceOperations;
import org.coopsuite.platform.messaging.SequenceOperations.RetryOutcome;
import org.coopsuite.platform.query.PageOf;
import org.coopsuite.platform.query.Paging;
import org.coopsuite.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The parked sequences of this service for operators ({@code ./coop dlq}, the dashboard): list
 * them, show one with its events, retry one or all, evict one with a reason. Every service has
 * it, from the platform (in a package no service or test application scans, so it is declared once).
 */
@RestController
@RequestMapping("/api/operator/parked")
@PreAuthorize("hasRole('OPERATOR')")
public class ParkedSequencesController {

    private final ParkedSequences parked;
    private final SequenceOperations operations;

    ParkedSequencesController(ParkedSequences parked, SequenceOperations operations) {
        this.parked = parked;
        this.operations = operations;
    }

    /** A sequence in a list: its events counted. */
    public record Summary(String id, String group, String topic, String aggregateId, String reason,
            @JsonProperty("transient") boolean transientCause, Instant parkedAt, int events, State state,
            Outcome outcome) {

        static Summary of(ParkedSequence sequence) {
            return new Summary(sequence.id(), sequence.group(), sequence.topic(), sequence.aggregateId(),
                    sequence.reason(), sequence.transientCause(), sequence.parkedAt(), sequence.events().size(),
                    sequence.state(), sequence.outcome());
        }
    }

    /** One sequence: its events, where they were in the log and what they are, and the stack of the first failure. */
    public record Detail(String id, String group, String topic, String aggregateId, String reason,
            @JsonProperty("transient") boolean transientCause, Instant parkedAt, List<Event> events, State state,
            String stack, Outcome outcome) {

        static Detail of(ParkedSequence sequence) {
            return new Detail(sequence.id(), sequence.group(), sequence.topic(), sequence.aggregateId(),
                    sequence.reason(), sequence.transientCause(), sequence.parkedAt(),
                    sequence.events().stream().map(Event::of).toList(), sequence.state(), sequence.stack(),
                    sequence.outcome());
        }
    }

    /** A parked event; header values as text, or {@code 0x} and hex when they are not text. */
    public record Event(String topic, int partition, long offset, String eventId, String eventType,
            long aggregateVersion, Instant parkedAt, Map<String, String> headers) {

        static Event of(ParkedEvent event) {
            Map<String, String> headers = new LinkedHashMap<>();
            event.headers().forEach(header -> headers.put(header.name(), text(header.value())));
            return new Event(event.topic(), event.partition(), event.offset(), event.eventId(), event.eventType(),
                    event.aggregateVersion(), event.parkedAt(), headers);
        }
    }

    /** The operator's reason for an eviction. */
    public record EvictionBody(String reason) {
    }

    @GetMapping
    PageOf<Summary> list(@RequestParam(defaultValue = "PARKED") State state,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return parked.list(state, Paging.of(page, size)).map(Summary::of);
    }

    @GetMapping("/{id}")
    Detail show(@PathVariable String id) {
        return Detail.of(parked.find(id).orElseThrow(() -> new NotFoundException("Parked sequence", id)));
    }

    @PostMapping("/{id}/retry")
    RetryOutcome retry(@PathVariable String id) {
        return operations.retry(id, operator());
    }

    @PostMapping("/retry")
    List<RetryOutcome> retryAll() {
        return operations.retryAll(operator());
    }

    @PostMapping("/{id}/eviction")
    Detail evict(@PathVariable String id, @RequestBody(required = false) EvictionBody body) {
        return Detail.of(operations.evict(id, operator(), body == null ? null : body.reason()));
    }

    private static String operator() {
        return CurrentUser.get().map(CurrentUser::subject).orElse("unknown");
    }

    private static String text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                return text;
            }
        } catch (CharacterCodingException e) {
            // not text: hex below
        }
        return "0x" + HexFormat.of().formatHex(bytes);
    }
}
