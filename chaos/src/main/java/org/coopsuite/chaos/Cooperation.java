package org.coopsuite.chaos;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.coopsuite.chaos.Commands.Answer;
import org.coopsuite.chaos.Ledger.Created;
import org.coopsuite.chaos.Ledger.Effect;
import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * One cooperation, walked as the end-to-end tests walk it: a dialogue in session mandates a call;
 * the call is completed, given a panel and submitted for funding; an agency of each side commits;
 * two proposals come in; the call is closed and evaluated (three experts and a consensus per
 * proposal); the results are proposed and approved by both sides; and a Japanese top-up funds the
 * reserve. Each acknowledged command leaves its effect in the {@link Ledger}. The walk stops at
 * the next step once {@code more} says no.
 */
final class Cooperation {

    private static final String DIALOGUE = "dialogue-service";
    private static final String CALL = "call-service";
    private static final String FUNDING = "funding-service";

    private final Commands commands;
    private final Ledger ledger;
    private final String name;
    private final BooleanSupplier more;
    private final String secretariat = TestTokens.as(Role.SECRETARIAT).side("EU").bearer();
    private final String officer = TestTokens.as(Role.PROGRAMME_OFFICER).side("EU").bearer();
    private final String jpOfficer = TestTokens.as(Role.PROGRAMME_OFFICER).side("JP").bearer();
    private final String applicant = TestTokens.as(Role.APPLICANT).side("EU").bearer();
    private final String euFunder = TestTokens.as(Role.FUNDING_OFFICER).side("EU").agency("REA").bearer();
    private final String jpFunder = TestTokens.as(Role.FUNDING_OFFICER).side("JP").agency("JST").bearer();
    private final String viewer = TestTokens.as(Role.VIEWER).side("JP").bearer();

    Cooperation(Commands commands, Ledger ledger, String name, BooleanSupplier more) {
        this.commands = commands;
        this.ledger = ledger;
        this.name = name;
        this.more = more;
    }

    /** Walks the cooperation as far as {@code more} allows; answers the steps it completed (0 to 6). */
    int walk() {
        String dialogueId = id(post(DIALOGUE, "/api/dialogues", secretariat, Bodies.dialogue("Joint Committee " + name),
                "DialogueScheduled", null));
        ledger.created(new Created("POST /api/dialogues", DIALOGUE, "/api/dialogues/" + dialogueId, viewer));
        post(DIALOGUE, "/api/dialogues/" + dialogueId + "/session", secretariat, null, "DialogueOpened", dialogueId);
        Map<?, ?> decision = post(DIALOGUE, "/api/dialogues/" + dialogueId + "/decisions", secretariat,
                Bodies.mandate(name), "DecisionRecorded", dialogueId);
        if (!(decision.get("mandate") instanceof Map<?, ?> mandate)) {
            throw new Commands.Unanswered("the mandate of " + dialogueId + " answered without a call: " + decision);
        }
        String callId = (String) mandate.get("callId");
        ledger.effect(Effect.of("mandate of " + dialogueId, "CallDrafted", callId));
        ledger.created(new Created("mandate of " + dialogueId, CALL, "/api/calls/" + callId, viewer));
        if (!more.getAsBoolean()) {
            return 1;
        }
        awaitRead(CALL, "/api/calls/" + callId, viewer, call -> true);
        putUnlessInPlace(callId, "/api/calls/" + callId, Bodies.content(), "CallUpdated",
                read -> "Climate-resilient cities".equals(read.get("title")), "/api/calls/" + callId);
        putUnlessInPlace(callId, "/api/calls/" + callId + "/panel", Bodies.panel(), "PanelAppointed",
                read -> read.get("panel") != null, "/api/calls/" + callId + "/panel");
        post(CALL, "/api/calls/" + callId + "/submission", officer, null, "CallSubmittedForFunding", callId);
        if (!more.getAsBoolean()) {
            return 2;
        }
        String agreementId = id(awaitRead(FUNDING, "/api/agreements/by-call/" + callId, viewer, a -> true));
        ledger.effect(Effect.of("submission of " + callId, "AgreementOpened", agreementId));
        ledger.created(new Created("submission of " + callId, FUNDING, "/api/agreements/" + agreementId, viewer));
        commit(agreementId, euFunder, "EU", "REA", "5000000.00", "EUR");
        commit(agreementId, jpFunder, "JP", "JST", "800000000", "JPY");
        if (!more.getAsBoolean()) {
            return 3;
        }
        awaitRead(CALL, "/api/calls/" + callId, viewer, call -> "OPEN".equals(call.get("state")));
        List<String> proposals = List.of(submit(callId, "FIRST", "3000000.00", "500000000"),
                submit(callId, "SECOND", "1500000.00", "400000000"));
        if (!more.getAsBoolean()) {
            return 4;
        }
        post(CALL, "/api/calls/" + callId + "/closure", officer, null, "CallClosed", callId);
        post(CALL, "/api/calls/" + callId + "/evaluation", officer, null, "CallEvaluationStarted", callId);
        evaluate(proposals.get(0), "5", "5", "4.5");
        evaluate(proposals.get(1), "4", "4", "4");
        post(CALL, "/api/calls/" + callId + "/results", officer, null, "CallResultsProposed", callId);
        approve(callId, officer, "EU");
        approve(callId, jpOfficer, "JP");
        ledger.effect(Effect.of("approvals of " + callId, "CallResultsPublished", callId));
        if (!more.getAsBoolean()) {
            return 5;
        }
        Map<?, ?> allocated = awaitRead(FUNDING, "/api/agreements/" + agreementId, viewer,
                a -> "ALLOCATED".equals(a.get("state")));
        String jpCommitment = ((List<?>) allocated.get("commitments")).stream().map(c -> (Map<?, ?>) c)
                .filter(c -> "JP".equals(c.get("side"))).map(c -> (String) c.get("id")).findFirst().orElseThrow();
        post(FUNDING, "/api/agreements/" + agreementId + "/commitments/" + jpCommitment + "/top-ups", jpFunder,
                Map.of("amount", Bodies.money("110000000", "JPY")), "FundingToppedUp", agreementId);
        return 6;
    }

    private void commit(String agreementId, String token, String side, String agency, String amount, String currency) {
        Map<?, ?> answer = commands.post(FUNDING, "/api/agreements/" + agreementId + "/commitments", token,
                Bodies.commitment(side, agency, amount, currency));
        ledger.effect(new Effect("commitment of " + side + " to " + agreementId + " (" + answer.get("id") + ")",
                "FundingCommitted", agreementId, "side", side));
    }

    private String submit(String callId, String acronym, String euRequest, String jpRequest) {
        String proposalId = id(commands.post(CALL, "/api/calls/" + callId + "/proposals", applicant,
                Bodies.proposal(acronym, euRequest, jpRequest)));
        ledger.effect(Effect.of("proposal " + acronym + " to " + callId, "ProposalSubmitted", proposalId));
        ledger.created(new Created("proposal " + acronym + " to " + callId, CALL, "/api/proposals/" + proposalId, officer));
        return proposalId;
    }

    /** Each expert assigns themself and evaluates; the first writes the consensus with the same scores. */
    private void evaluate(String proposalId, String excellence, String impact, String implementation) {
        Map<String, Object> scores = Bodies.scores(excellence, impact, implementation);
        String path = "/api/proposals/" + proposalId;
        for (String expert : Bodies.EXPERTS) {
            String token = TestTokens.as(Role.EVALUATOR).side(expert.startsWith("e-eu") ? "EU" : "JP").subject(expert).bearer();
            commands.post(CALL, path + "/assignment", token, Map.of("noConflictOfInterest", true));
            ledger.effect(new Effect("assignment of " + expert + " to " + proposalId, "ExpertAssigned", proposalId,
                    "expert.expertId", expert));
            commands.post(CALL, path + "/evaluation", token, scores);
            ledger.effect(new Effect("evaluation by " + expert + " of " + proposalId, "IndividualEvaluationSubmitted",
                    proposalId, "expertId", expert));
            if (expert.equals(Bodies.EXPERTS.get(Bodies.EXPERTS.size() - 1))) {
                String rapporteur = Bodies.EXPERTS.get(0);
                commands.post(CALL, path + "/consensus", TestTokens.as(Role.EVALUATOR).side("EU").subject(rapporteur)
                        .bearer(), scores);
                ledger.effect(Effect.of("consensus on " + proposalId, "ConsensusReached", proposalId));
            }
        }
    }

    private void approve(String callId, String token, String side) {
        commands.post(CALL, "/api/calls/" + callId + "/results/approval", token, null);
        ledger.effect(new Effect("approval of " + side + " of " + callId, "CallResultsApproved", callId, "side", side));
    }

    private Map<?, ?> post(String service, String path, String token, Object body, String eventType, String aggregateId) {
        Map<?, ?> answer = commands.post(service, path, token, body);
        ledger.effect(Effect.of("POST " + path, eventType, aggregateId == null ? id(answer) : aggregateId));
        return answer;
    }

    /**
     * A whole-content update needs If-Match, the version just read: read, and unless the content
     * is in place already (an earlier send answered by a kill's silence), put it; a 412 (the
     * version moved on) reads again.
     */
    private void putUnlessInPlace(String callId, String path, Map<String, Object> body, String eventType,
            Predicate<Map<?, ?>> inPlace, String readPath) {
        long deadline = System.nanoTime() + Commands.RETRYING.toNanos();
        boolean done = false;
        while (!done && System.nanoTime() < deadline) {
            Map<?, ?> read = awaitRead(CALL, readPath, officer, found -> true);
            done = inPlace.test(read) || commands.send(CALL, HttpMethod.PUT, path, officer, body,
                    Map.of(HttpHeaders.IF_MATCH, "\"" + read.get("version") + "\""), status -> status == 412).ok();
        }
        if (!done) {
            throw new Commands.Unanswered("PUT " + path + ": not in place within " + Commands.RETRYING);
        }
        ledger.effect(Effect.of("PUT " + path, eventType, callId));
    }

    /** Reads until the owner answers 200 with what {@code until} wants (a reaction to an event takes its time). */
    private Map<?, ?> awaitRead(String service, String path, String token, Predicate<Map<?, ?>> until) {
        return await(path).atMost(Commands.RETRYING).pollInterval(Duration.ofMillis(500))
                .until(() -> commands.get(service, path, token).filter(a -> a.status() == 200).map(Answer::body)
                        .orElse(null), found -> found != null && until.test(found));
    }

    private static String id(Map<?, ?> answer) {
        if (!(answer.get("id") instanceof String id)) {
            throw new Commands.Unanswered("a create answered without an id: " + answer);
        }
        return id;
    }
}
