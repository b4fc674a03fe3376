package org.coopsuite.call.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopsuite.call.CallApi.EU_OFFICER;
import static org.coopsuite.call.CallApi.JP_OFFICER;
import static org.coopsuite.call.CallApi.callBody;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.coopsuite.call.CallApi;
import org.coopsuite.call.MovableTime;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.call.CallDrafted;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * A client's retry of a create command: sent again with its Idempotency-Key and body, it drafts
 * nothing twice and gets the first answer; the key with another body is refused; the key is the
 * caller's own.
 */
@ServiceIntegrationTest
@Import(MovableTime.class)
class IdempotentCommandsIT {

    @LocalServerPort
    int port;

    @Test
    void aRetriedDraftWithItsKeyDraftsOneCallAndAnswersTheFirstAnswerAgain() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body("Resilient grids " + key);

        ResponseEntity<Map> first = draft(EU_OFFICER, key, body);
        ResponseEntity<Map> again = draft(EU_OFFICER, key, body);

        assertThat(first.getStatusCode().value()).as("%s", first.getBody()).isEqualTo(201);
        assertThat(again.getStatusCode().value()).isEqualTo(201);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        String id = (String) first.getBody().get("id");
        try (EventProbe events = EventProbe.fromBeginning("coop.call.events")) {
            events.await(CallDrafted.class, e -> e.getCallId().equals(id));
            assertThat(events.events(CallDrafted.class, e -> e.getTitle().equals("Resilient grids " + key)))
                    .hasSize(1);
        }
    }

    @Test
    void theKeyWithAnotherBodyIsRefusedAndAnotherCallersKeyIsItsOwn() {
        String key = UUID.randomUUID().toString();
        assertThat(draft(EU_OFFICER, key, body("First " + key)).getStatusCode().value()).isEqualTo(201);

        ResponseEntity<Map> changed = draft(EU_OFFICER, key, body("Second " + key));
        ResponseEntity<Map> otherCaller = draft(JP_OFFICER, key, body("First " + key));
        ResponseEntity<Map> blankKey = draft(EU_OFFICER, " ", body("Third " + key));

        assertThat(changed.getStatusCode().value()).isEqualTo(422);
        assertThat(changed.getBody()).containsEntry("type", "urn:coop:problem:idempotency-key-reused");
        assertThat(otherCaller.getStatusCode().value()).as("%s", otherCaller.getBody()).isEqualTo(201);
        assertThat(otherCaller.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        assertThat(blankKey.getStatusCode().value()).isEqualTo(400);
        assertThat(new CallApi(port).getList("/api/calls?size=100").stream().map(c -> (Map<?, ?>) c)
                .filter(c -> String.valueOf(c.get("title")).endsWith(key))).hasSize(2);
    }

    private static Map<String, Object> body(String title) {
        Map<String, Object> body = new HashMap<>(callBody(LocalDate.now().plusDays(30), LocalDate.now().plusDays(90)));
        @SuppressWarnings("unchecked")
        Map<String, Object> content = new HashMap<>((Map<String, Object>) body.get("content"));
        content.put("title", title);
        body.put("content", content);
        return body;
    }

    private ResponseEntity<Map> draft(String token, String key, Map<String, Object> body) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build()
                .post().uri("/api/calls").header(HttpHeaders.AUTHORIZATION, token).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }
}
