package org.coopsuite.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceProcess;
import org.coopsuite.platform.test.TestInfrastructure;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.schemas.call.CallDrafted;
import org.coopsuite.schemas.dialogue.DialogueScheduled;
import org.coopsuite.schemas.funding.FundingCommitted;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The small fault-injected run of issue 25: a few cooperation threads (a dialogue, its call
 * mandate, the drafted call completed and submitted for funding, a commitment of each side)
 * against two instances of every service (one database and one consumer group per service, the
 * clients' requests spread over both), while instances are killed with SIGKILL at moments a seed
 * decides, and started again (on their databases): each kill rebalances its service's consumer
 * group over the instance left, which keeps serving. Every command is sent with an
 * Idempotency-Key and sent again, with the same key, until it is answered 2xx (the next attempt
 * goes to the other instance); each answered command is remembered. Once the suite settles,
 * {@code ./coop audit} is clean, and every acknowledged command's effect is on the topics exactly
 * once. {@code -Dcoop.faults.seed=N} replays a schedule (the seed is logged).
 */
class ServiceKillsIT {

    private static final Logger log = LoggerFactory.getLogger(ServiceKillsIT.class);
    private static final LocalDate TODAY = LocalDate.now();
    private static final List<String> SERVICES = RunningSuite.NAMES;
    private static final int THREADS = 4;
    private static final int KILLS = 2;
    private static final Duration RETRYING = Duration.ofSeconds(240);

    private final String secretariat = TestTokens.as(Role.SECRETARIAT).side("EU").bearer();
    private final String officer = TestTokens.as(Role.PROGRAMME_OFFICER).side("EU").bearer();
    private final String euFunder = TestTokens.as(Role.FUNDING_OFFICER).side("EU").agency("REA").bearer();
    private final String jpFunder = TestTokens.as(Role.FUNDING_OFFICER).side("JP").agency("JST").bearer();
    private final String viewer = TestTokens.as(Role.VIEWER).side("JP").bearer();
    private final List<String> acknowledged = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> answeredBy = new ConcurrentHashMap<>();
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final AtomicInteger answeredWhileDown = new AtomicInteger();
    private final AtomicInteger next = new AtomicInteger();

    @Test
    void killedInstancesLoseNoAcknowledgedCommandAndDuplicateNoEffectThroughTheirGroupsRebalances() {
        RunningSuite suite = RunningSuite.get();
        long started = System.nanoTime();
        suite.startSecondInstances();
        try (GroupRebalances groups = GroupRebalances.watch(TestInfrastructure.shared().kafkaBootstrapServers(), SERVICES)
                .awaitSettled(Duration.ofSeconds(120))) {
            log.info("Second instances up and their groups settled in {} s", (System.nanoTime() - started) / 1_000_000_000);
            run(suite, groups);
        } finally {
            suite.stopSecondInstances();
        }
    }

    private void run(RunningSuite suite, GroupRebalances groups) {
        long seed = Long.getLong("coop.faults.seed", System.nanoTime());
        Random random = new Random(seed);
        // The schedule: before which thread each kill comes, which service, which instance, after how many milliseconds.
        List<int[]> kills = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            kills.add(new int[] {random.nextInt(THREADS), random.nextInt(SERVICES.size()), random.nextInt(2),
                random.nextInt(1500)});
        }
        log.info("Fault schedule of seed {}: {}", seed, kills.stream().map(k -> "thread " + k[0] + " kill "
                + SERVICES.get(k[1]) + " #" + k[2] + " after " + k[3] + " ms").toList());
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String[]> threads = new ArrayList<>();
        List<CompletableFuture<?>> faults = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            for (int[] kill : kills) {
                if (kill[0] == t) {
                    String service = SERVICES.get(kill[1]);
                    faults.add(CompletableFuture.runAsync(() -> kill(suite, service, kill[2], groups),
                            CompletableFuture.delayedExecutor(kill[3], TimeUnit.MILLISECONDS)));
                }
            }
            threads.add(thread(suite, run + "-" + t));
        }
        faults.forEach(CompletableFuture::join);

        OperatorConsole.Audit audit = new OperatorConsole(suite.dialogue, suite.call, suite.funding).audit("--wait", "120s");
        log.info("threads {}, instances 2 of each service, commands acknowledged {} (by instance {}, {} while an "
                + "instance was down), kills {}, rebalances {} {}, seed {}; audit: {}", THREADS, acknowledged.size(),
                new java.util.TreeMap<>(answeredBy), answeredWhileDown.get(), KILLS, groups.total(), groups.byGroup(),
                seed, audit.printed());
        assertThat(audit.code()).as("seed %d: %s", seed, audit.printed()).isZero();
        assertThat(answeredBy.keySet()).as("clients spread over both instances").hasSizeGreaterThan(SERVICES.size());
        kills.stream().map(kill -> SERVICES.get(kill[1])).distinct().forEach(service -> assertThat(
                groups.byGroup().getOrDefault(service, 0)).as("seed %d: rebalances of %s's group", seed, service)
                .isGreaterThanOrEqualTo(2));
        try (EventProbe events = EventProbe.fromBeginning("coop.dialogue.events", "coop.call.events",
                "coop.funding.events")) {
            for (String[] thread : threads) {
                String title = thread[0];
                assertThat(once(() -> events.events(DialogueScheduled.class, e -> e.getTitle().equals(title)).stream()
                        .map(e -> e.getMeta().getAggregateId()).distinct().toList(), 1))
                        .as("seed %d: dialogues titled %s", seed, title).hasSize(1);
                assertThat(once(() -> events.events(CallDrafted.class, e -> e.getCallId().equals(thread[1])).stream()
                        .map(e -> e.getMeta().getEventId()).distinct().toList(), 1))
                        .as("seed %d: drafts of %s", seed, thread[1]).hasSize(1);
                assertThat(once(() -> events.events(FundingCommitted.class, e -> e.getAgreementId().equals(thread[2]))
                        .stream().map(e -> e.getMeta().getEventId()).distinct().toList(), 2))
                        .as("seed %d: commitments to %s", seed, thread[2]).hasSize(2);
            }
        }
    }

    /**
     * Kills the instance, awaits the rebalance that hands its partitions to the instance left (its
     * consumers leave the group when their session expires), then starts it again and awaits it
     * healthy; its service's requests meanwhile go to the other instance.
     */
    private void kill(RunningSuite suite, String service, int instance, GroupRebalances groups) {
        synchronized (suite) {
            // A restart just before may still be joining its consumers: the kill comes once the group is settled.
            groups.awaitSettled(service, Duration.ofSeconds(60));
            down.add(service);
            ServiceProcess killed = suite.instances(service).get(instance);
            Set<String> before = groups.members(service);
            killed.kill();
            await(service + "'s group rebalanced without the killed instance").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> !groups.members(service).isEmpty() && before.containsAll(groups.members(service))
                            && groups.members(service).size() < before.size());
            suite.killAndRestart(service, instance);
            down.remove(service);
        }
    }

    /** What the probe has read once it has read at least {@code expected} of it: a duplicate shows as more. */
    private static List<String> once(java.util.concurrent.Callable<List<String>> read, int expected) {
        return await().atMost(Duration.ofSeconds(30)).until(read, found -> found.size() >= expected);
    }

    /** One thread; answers its dialogue's title, its call id and its agreement id. */
    private String[] thread(RunningSuite suite, String name) {
        String title = "Joint Committee " + name;
        Map<?, ?> dialogue = send(suite, "dialogue-service", "/api/dialogues", secretariat, Map.of("title", title,
                "level", "JOINT_COMMITTEE", "date", TODAY.plusDays(30).toString(), "coChairs", List.of(
                        Map.of("side", "EU", "name", "A. Commissioner"), Map.of("side", "JP", "name", "B. Minister"))));
        send(suite, "dialogue-service", "/api/dialogues/" + dialogue.get("id") + "/session", secretariat, null);
        Map<?, ?> decision = send(suite, "dialogue-service", "/api/dialogues/" + dialogue.get("id") + "/decisions",
                secretariat, Map.of("kind", "CALL_MANDATE", "summary", "A joint call of " + name, "mandate", Map.of(
                        "modality", "JOINT", "strategicArea", "CLIMATE_CHANGE", "topics", List.of("Urban heat"),
                        "indicativeBudget", budget())));
        String callId = (String) ((Map<?, ?>) decision.get("mandate")).get("callId");
        awaitFound(suite, "call-service", "/api/calls/" + callId);
        // A whole-content update needs If-Match: the version read just before; a retry after an answer
        // lost to a kill finds the content in place and sends nothing again.
        retrying(() -> {
            ServiceProcess instance = instance(suite, "call-service");
            Map<?, ?> read = instance.http().get().uri("/api/calls/{id}", callId)
                    .header(HttpHeaders.AUTHORIZATION, officer).retrieve().body(Map.class);
            if (!content().get("title").equals(read.get("title"))) {
                instance.http().put().uri("/api/calls/{id}", callId).header(HttpHeaders.AUTHORIZATION, officer)
                        .header(HttpHeaders.IF_MATCH, "\"" + read.get("version") + "\"").body(content()).retrieve()
                        .toBodilessEntity();
            }
            answered("call-service", suite, instance);
            return read;
        });
        acknowledged.add("PUT /api/calls/" + callId);
        send(suite, "call-service", "/api/calls/" + callId + "/submission", officer, null);
        String agreementId = (String) awaitFound(suite, "funding-service", "/api/agreements/by-call/" + callId).get("id");
        send(suite, "funding-service", "/api/agreements/" + agreementId + "/commitments", euFunder,
                Map.of("side", "EU", "agency", "REA", "amount", Map.of("amount", "5000000.00", "currency", "EUR")));
        send(suite, "funding-service", "/api/agreements/" + agreementId + "/commitments", jpFunder,
                Map.of("side", "JP", "agency", "JST", "amount", Map.of("amount", "800000000", "currency", "JPY")));
        return new String[] {title, callId, agreementId};
    }

    /** A POST with an Idempotency-Key, sent again with it until answered 2xx; remembered once answered. */
    private Map<?, ?> send(RunningSuite suite, String service, String path, String token, Object body) {
        String key = UUID.randomUUID().toString();
        Map<?, ?> answer = retrying(() -> {
            ServiceProcess instance = instance(suite, service);
            RestClient.RequestBodySpec request = instance.http().post().uri(path)
                    .header(HttpHeaders.AUTHORIZATION, token).header("Idempotency-Key", key);
            if (body != null) {
                request.body(body);
            }
            Map<?, ?> answered = request.retrieve().body(Map.class);
            answered(service, suite, instance);
            return answered;
        });
        acknowledged.add("POST " + path);
        return answer;
    }

    /** The next instance of the service, in turn: the clients' requests are spread over both. */
    private ServiceProcess instance(RunningSuite suite, String service) {
        List<ServiceProcess> instances = suite.instances(service);
        return instances.get(Math.floorMod(next.getAndIncrement(), instances.size()));
    }

    private void answered(String service, RunningSuite suite, ServiceProcess instance) {
        answeredBy.merge(service + "#" + suite.instances(service).indexOf(instance), 1, Integer::sum);
        if (!down.isEmpty()) {
            answeredWhileDown.incrementAndGet();
        }
    }

    private Map<?, ?> awaitFound(RunningSuite suite, String service, String path) {
        return await(path).atMost(RETRYING).pollInterval(Duration.ofMillis(300)).ignoreExceptions()
                .until(() -> instance(suite, service).http().get().uri(path).header(HttpHeaders.AUTHORIZATION, viewer)
                        .retrieve().body(Map.class), found -> found != null);
    }

    /**
     * Runs the request until it answers 2xx: a service down (no answer, 5xx, 409 while the first
     * request with the key is still being answered) is waited out; any other answer fails the test.
     */
    private static <T> T retrying(java.util.concurrent.Callable<T> request) {
        return await().atMost(RETRYING).pollInterval(Duration.ofMillis(300))
                .ignoreExceptionsMatching(e -> e instanceof ResourceAccessException || e instanceof HttpServerErrorException
                        || e instanceof HttpClientErrorException.Conflict conflict
                                && conflict.getResponseBodyAsString().contains("request-in-progress"))
                .until(request, answer -> true);
    }

    private static Map<String, Object> budget() {
        return Map.of("EU", Map.of("amount", "5000000.00", "currency", "EUR"),
                "JP", Map.of("amount", "800000000", "currency", "JPY"));
    }

    private static Map<String, Object> content() {
        return Map.of("title", "Climate-resilient cities", "strategicAreas", List.of("CLIMATE_CHANGE"),
                "topics", List.of("Urban heat"), "indicativeBudget", budget(),
                "timeline", Map.of("opening", TODAY.toString(), "deadline", TODAY.plusDays(20).toString(),
                        "evaluationEnd", TODAY.plusDays(40).toString()),
                "eligibility", Map.of("minimumPartnersPerSide", 1, "openAccessStatementRequired", true,
                        "selfFundedPartnersAdmitted", true),
                "climateCoefficient", 40);
    }
}
