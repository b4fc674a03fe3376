package org.coopsuite.chaos;

import static org.awaitility.Awaitility.await;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.core.ConditionTimeoutException;

/**
 * One fault-injected run on a started {@link Suite}: the cooperation threads for the window,
 * the schedule's faults meanwhile (one after another, each at its moment or as soon as the one
 * before is over), then the audit once the suite settles and the exactly-once check.
 */
final class ChaosRun {

    private static final Duration SETTLING = Duration.ofMinutes(5);
    private static final int REASONS_SHOWN = 10;

    private final Suite suite;
    private final FaultSchedule schedule;
    private final int threads;
    private final Duration window;
    private final PrintStream out;
    private final Commands commands;
    private final Ledger ledger = new Ledger();
    private final AtomicLong cooperations = new AtomicLong();
    private final AtomicLong walkedThrough = new AtomicLong();
    private final AtomicLong stalled = new AtomicLong();
    private final ConcurrentLinkedQueue<String> reasons = new ConcurrentLinkedQueue<>();
    private final AtomicInteger serviceKills = new AtomicInteger();
    private final AtomicInteger stackKills = new AtomicInteger();
    private final AtomicInteger pauses = new AtomicInteger();

    ChaosRun(Suite suite, FaultSchedule schedule, int threads, Duration window, PrintStream out) {
        this.suite = suite;
        this.schedule = schedule;
        this.threads = threads;
        this.window = window;
        this.out = out;
        this.commands = new Commands(suite::url);
    }

    ChaosResult run() throws InterruptedException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long start = System.nanoTime();
        long deadline = start + window.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String name = run + "-t" + t;
            Thread worker = new Thread(() -> cooperate(name, deadline), "cooperation-" + t);
            worker.start();
            workers.add(worker);
        }
        Thread faults = new Thread(() -> inject(start), "faults");
        faults.start();
        for (Thread worker : workers) {
            worker.join();
        }
        out.printf("chaos: cooperation threads done (%d commands acknowledged); waiting for the faults%n",
                commands.acknowledged.get());
        faults.join();
        out.printf("chaos: faults done; auditing (--wait %s)%n", SETTLING);
        SuiteAudit.Outcome audit = SuiteAudit.run(suite, SETTLING);
        EffectCheck.Findings findings = effectsOnceSettled();
        reasons.forEach(reason -> out.println("not acknowledged: " + reason));
        return new ChaosResult(schedule.seed(), threads, window.toSeconds(), commands.sent.get(), commands.attempts.get(),
                commands.acknowledged.get(), commands.doneBefore.get(), stalled.get(), cooperations.get(), walkedThrough.get(),
                schedule.faults().size(), serviceKills.get(), suite.restarts(), stackKills.get(), pauses.get(),
                findings.effects(), findings.lost(), findings.duplicated(), audit.violations(), audit.printed());
    }

    /** Cooperations one after another until the window closes. */
    private void cooperate(String name, long deadline) {
        for (int n = 0; System.nanoTime() < deadline; n++) {
            cooperations.incrementAndGet();
            try {
                if (new Cooperation(commands, ledger, name + "-c" + n, () -> System.nanoTime() < deadline).walk() == 6) {
                    walkedThrough.incrementAndGet();
                }
            } catch (Commands.Unanswered | ConditionTimeoutException e) {
                stalled.incrementAndGet();
                if (reasons.size() < REASONS_SHOWN) {
                    reasons.add(name + "-c" + n + ": " + e.getMessage());
                }
            }
        }
    }

    private void inject(long start) {
        for (FaultSchedule.Fault fault : schedule.faults()) {
            long wait = start + fault.at().toNanos() - System.nanoTime();
            try {
                if (wait > 0) {
                    Thread.sleep(Duration.ofNanos(wait).toMillis());
                }
                out.printf("chaos: %s (at +%d s)%n", fault, Duration.ofNanos(System.nanoTime() - start).toSeconds());
                switch (fault.kind()) {
                    case SERVICE_KILL -> {
                        suite.killAndRestart(fault.target());
                        serviceKills.incrementAndGet();
                    }
                    case STACK_KILL -> {
                        suite.killAndRestartStack();
                        stackKills.incrementAndGet();
                    }
                    case MONGO_PAUSE -> {
                        suite.pauseMongo(fault.length());
                        pauses.incrementAndGet();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                out.println("chaos: the fault " + fault + " failed: " + e);
            }
        }
    }

    /** The check, again until nothing is lost (a reaction still on its way) or the settling time is over. */
    private EffectCheck.Findings effectsOnceSettled() {
        EffectCheck check = new EffectCheck(commands, suite.bootstrapServers());
        EffectCheck.Findings[] last = new EffectCheck.Findings[1];
        try {
            await("every acknowledged effect").atMost(SETTLING).pollInterval(Duration.ofSeconds(5)).ignoreExceptions()
                    .until(() -> (last[0] = check.check(ledger)).lost().isEmpty());
        } catch (ConditionTimeoutException e) {
            // last[0] holds what is still lost
        }
        return last[0] != null ? last[0]
                : new EffectCheck.Findings(0, List.of("nothing checked: the topics could not be read"), List.of());
    }
}
