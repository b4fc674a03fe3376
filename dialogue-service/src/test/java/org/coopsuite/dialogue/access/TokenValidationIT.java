package org.coopsuite.dialogue.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopsuite.dialogue.dialogue.DialogueService;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.RawHttp;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.platform.test.TokenAttacks;
import org.coopsuite.platform.test.TokenAttacks.Attack;
import org.coopsuite.schemas.dialogue.AgendaItemAdded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 26's token attacks ({@link TokenAttacks}, shared by the three services) on a read and a
 * command of dialogue-service, made from the EU secretariat's token: each a 401 or a 403 with a
 * problem body, none a 5xx, and the agenda item is not added. Then the secretariat's own token adds
 * it once, and its event is the only agenda item of the dialogue on the topic (it shares the
 * partition, so a refused command's event would be before it).
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TokenValidationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TokenAttacks EU_SECRETARIAT = TokenAttacks.of("EU", null, "SECRETARIAT");
    private static final String ITEM = "{\"title\": \"Open science: data sharing\"}";

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    private String dialogue;

    @BeforeAll
    void scheduleADialogue() {
        Map<String, Object> body = Map.of("title", "EU-Japan Joint Committee", "level", "JOINT_COMMITTEE",
                "date", LocalDate.now(ZoneOffset.UTC).plusDays(10).toString(),
                "coChairs", List.of(Map.of("side", "EU", "name", "A. Commissioner"), Map.of("side", "JP", "name", "B. Minister")));
        RawHttp.Answer answer = RawHttp.send(port, RawHttp.Request.json("POST", "/api/dialogues",
                JSON.writeValueAsString(body)).withHeader("Authorization", TestTokens.bearer(EU_SECRETARIAT.good())));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        dialogue = String.valueOf(JSON.readValue(answer.body(), Map.class).get("id"));
    }

    List<Attack> refusedTokens() {
        return EU_SECRETARIAT.refused();
    }

    /** Tokens well made, whose bearer may not add to this dialogue's agenda. */
    List<Attack> secretariatsOfNoCoChairSide() {
        return List.of(
                new Attack("the secretariat of a side that does not co-chair", TokenAttacks.of("KR", null, "SECRETARIAT").good(), 403),
                new Attack("a programme officer of a co-chair side", TokenAttacks.of("EU", null, "PROGRAMME_OFFICER").good(), 403));
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void refusesTheTokenOnAReadAndACommandAndStoresNothing(Attack attack) {
        Map<String, Object> before = stored();

        TokenAttacks.assertRefused(attack, RawHttp.send(port, attack.on(read())));
        TokenAttacks.assertRefused(attack, RawHttp.send(port, attack.on(addItem())));

        assertThat(stored()).as(attack.name()).isEqualTo(before);
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("secretariatsOfNoCoChairSide")
    void refusesTheAgendaItemToAValidTokenOfAnotherSideOrRoleAndStoresNothing(Attack attack) {
        Map<String, Object> before = stored();

        assertThat(RawHttp.send(port, attack.on(read())).status()).isEqualTo(200);
        TokenAttacks.assertRefused(attack, RawHttp.send(port, attack.on(addItem())));

        assertThat(stored()).as(attack.name()).isEqualTo(before);
    }

    @Order(2)
    @Test
    void acceptsAWellFormedTokenAndOneJustExpiredWithinTheClockSkew() {
        assertThat(RawHttp.send(port, read().withHeader("Authorization", TestTokens.bearer(EU_SECRETARIAT.good()))).status())
                .isEqualTo(200);
        assertThat(RawHttp.send(port, read().withHeader("Authorization",
                TestTokens.bearer(EU_SECRETARIAT.justExpiredWithinTheClockSkew()))).status()).isEqualTo(200);
    }

    @Order(3)
    @Test
    void theSecretariatsOwnTokenAddsTheItemOnceAndTheAttacksLeftNoEvent() {
        RawHttp.Answer added = RawHttp.send(port, addItem().withHeader("Authorization",
                TestTokens.bearer(EU_SECRETARIAT.good())));

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(stored()).containsEntry("agenda", 1);
        try (EventProbe events = EventProbe.fromBeginning("coop.dialogue.events")) {
            events.await(AgendaItemAdded.class, e -> e.getDialogueId().equals(dialogue));
            assertThat(events.events(AgendaItemAdded.class, e -> e.getDialogueId().equals(dialogue))).hasSize(1);
        }
    }

    private RawHttp.Request read() {
        return RawHttp.Request.of("GET", "/api/dialogues/" + dialogue);
    }

    private RawHttp.Request addItem() {
        return RawHttp.Request.json("POST", "/api/dialogues/" + dialogue + "/agenda-items", ITEM);
    }

    /** The dialogues stored, this one's version and the items on its agenda, as a viewer reads them. */
    private Map<String, Object> stored() {
        RawHttp.Answer answer = RawHttp.send(port, read().withHeader("Authorization",
                TestTokens.bearer(TokenAttacks.of("JP", null, "VIEWER").good())));
        Map<?, ?> read = JSON.readValue(answer.body(), Map.class);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("dialogues", mongo.getCollection(DialogueService.COLLECTION).countDocuments());
        state.put("version", read.get("version"));
        state.put("agenda", ((List<?>) read.get("agenda")).size());
        return state;
    }
}
