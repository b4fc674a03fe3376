package org.coopsuite.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The faults of a run, decided by its seed alone: which process, what is done to it and when,
 * as an offset from the start of the cooperation threads. The same seed, window and counts give
 * the same schedule (the threads' interleaving around it is not replayed). Every moment lies in
 * the middle four fifths of the window, so that faults meet threads at work, and the schedule
 * holds exactly the asked number of each kind.
 */
record FaultSchedule(long seed, List<Fault> faults) {

    static final List<String> SERVICES = List.of("call-service", "funding-service", "dialogue-service");
    static final String STACK = "local-stack";
    static final String MONGO = "mongodb";

    /** What is done to the target. */
    enum Kind {
        /** SIGKILL of a service, then a start on its port and database. */
        SERVICE_KILL,
        /** SIGKILL of the local stack (Kafka and MongoDB), then a start on its data; the services reconnect. */
        STACK_KILL,
        /** MongoDB's connections stall (no byte either way) for {@link Fault#length()}, then flow again. */
        MONGO_PAUSE
    }

    /** One fault: at {@code at} after the start, {@code kind} to {@code target}, lasting {@code length} (pauses). */
    record Fault(Duration at, Kind kind, String target, Duration length) {

        @Override
        public String toString() {
            String what = switch (kind) {
                case SERVICE_KILL -> "kill -9 " + target;
                case STACK_KILL -> "kill -9 the local stack";
                case MONGO_PAUSE -> "pause MongoDB for " + length.toSeconds() + " s";
            };
            return "+" + at.toSeconds() + " s " + what;
        }
    }

    FaultSchedule {
        faults = List.copyOf(faults);
    }

    /** The schedule of this seed: the counts of each kind spread over the window, in order of their moments. */
    static FaultSchedule plan(long seed, Duration window, int serviceKills, int stackKills, int mongoPauses) {
        if (window.toMillis() < 10 || serviceKills < 0 || stackKills < 0 || mongoPauses < 0) {
            throw new IllegalArgumentException("A window of at least 10 ms and counts of zero or more");
        }
        Random random = new Random(seed);
        long from = window.toMillis() / 10;
        long span = window.toMillis() * 8 / 10;
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < serviceKills; i++) {
            faults.add(new Fault(moment(random, from, span), Kind.SERVICE_KILL,
                    SERVICES.get(random.nextInt(SERVICES.size())), Duration.ZERO));
        }
        for (int i = 0; i < stackKills; i++) {
            faults.add(new Fault(moment(random, from, span), Kind.STACK_KILL, STACK, Duration.ZERO));
        }
        for (int i = 0; i < mongoPauses; i++) {
            faults.add(new Fault(moment(random, from, span), Kind.MONGO_PAUSE, MONGO,
                    Duration.ofSeconds(3 + random.nextInt(6))));
        }
        faults.sort(Comparator.comparing(Fault::at));
        return new FaultSchedule(seed, faults);
    }

    long count(Kind kind) {
        return faults.stream().filter(f -> f.kind() == kind).count();
    }

    private static Duration moment(Random random, long from, long span) {
        return Duration.ofMillis(from + (long) (random.nextDouble() * span));
    }
}
