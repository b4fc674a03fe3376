package org.coopsuite.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The rule that keeps a create command run twice under one Idempotency-Key from creating twice. */
class CommandIdsTest {

    private final List<String> lookedUp = new ArrayList<>();

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aRequestRunAgainUnderItsRecordGetsTheSameIdsAndFindsWhatTheFirstRunStored() {
        String first = inRequest("record-1", () -> CommandIds.of("decision"));
        String firstCall = inRequest("record-1", () -> CommandIds.of("mandated-call"));

        String again = inRequest("record-1", () -> CommandIds.of("decision"));
        Optional<String> found = inRequest("record-1", () -> CommandIds.madeBefore(again, this::stored));

        assertThat(again).isEqualTo(first).isEqualTo(CommandIds.derived("record-1", "decision"));
        assertThat(firstCall).isNotEqualTo(first);
        assertThat(found).contains("stored under " + first);
        assertThat(lookedUp).containsExactly(first);
    }

    @Test
    void anotherRecordThatIsAnotherCallerPathOrKeyGetsOtherIds() {
        assertThat(inRequest("record-2", () -> CommandIds.of("call")))
                .isNotEqualTo(inRequest("record-1", () -> CommandIds.of("call")));
    }

    @Test
    void withoutAnIdempotencyKeyTheIdsAreRandomAndNothingIsLookedUp() {
        String outside = CommandIds.of("call");
        Optional<String> outsideFound = CommandIds.madeBefore(outside, this::stored);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("POST", "/api/calls")));
        String noKey = CommandIds.of("call");
        Optional<String> noKeyFound = CommandIds.madeBefore(noKey, this::stored);

        assertThat(outside).isNotEqualTo(CommandIds.of("call"));
        assertThat(noKey).isNotEqualTo(CommandIds.of("call")).isNotEqualTo(outside);
        assertThat(outsideFound).isEmpty();
        assertThat(noKeyFound).isEmpty();
        assertThat(lookedUp).isEmpty();
    }

    private Optional<String> stored(String id) {
        lookedUp.add(id);
        return Optional.of("stored under " + id);
    }

    private static <T> T inRequest(String record, Supplier<T> command) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/dialogues/d-1/decisions");
        request.setAttribute(CommandIds.RECORD, record);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            return command.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
