package org.coopsuite.chaos;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a run and its verdict: clean when nothing acknowledged was lost or duplicated,
 * the audit found no violation, and every fault of the schedule was done.
 */
record ChaosResult(long seed, int threads, long seconds, long sent, long attempts, long acknowledged, long doneBefore, long unanswered,
        long cooperations, long walkedThrough, int plannedFaults, int serviceKills, int restarts, int stackKills,
        int mongoPauses, int effects, List<String> lost, List<String> duplicated, int violations, String audit) {

    private static final int SHOWN = 20;

    ChaosResult {
        lost = List.copyOf(lost);
        duplicated = List.copyOf(duplicated);
    }

    boolean clean() {
        return lost.isEmpty() && duplicated.isEmpty() && violations == 0
                && serviceKills + stackKills + mongoPauses == plannedFaults;
    }

    /** Every lost and duplicated effect, a line each, then what the audit printed. */
    List<String> findings() {
        List<String> lines = new ArrayList<>();
        lost.forEach(line -> lines.add("LOST " + line));
        duplicated.forEach(line -> lines.add("DUPLICATED " + line));
        lines.addAll(audit.lines().toList());
        return lines;
    }

    void print(PrintStream out) {
        lost.stream().limit(SHOWN).forEach(line -> out.println("LOST " + line));
        duplicated.stream().limit(SHOWN).forEach(line -> out.println("DUPLICATED " + line));
        if (violations != 0) {
            out.print(audit);
        }
        out.printf("chaos: seed %d, threads %d, %d s of cooperation threads%n", seed, threads, seconds);
        out.printf("  commands sent %d (sends with retries %d), acknowledged %d, not acknowledged %d; re-sends answered 409"
                + " as done before (the key kept no answer) %d%n", sent, attempts, acknowledged, unanswered, doneBefore);
        out.printf("  cooperations started %d, walked through to the top-up %d%n", cooperations, walkedThrough);
        out.printf("  service kills %d, restarts %d, stack kills %d, MongoDB pauses %d (%d faults planned)%n",
                serviceKills, restarts, stackKills, mongoPauses, plannedFaults);
        out.printf("  effects checked %d: lost %d, duplicated %d; audit violations %d%n",
                effects, lost.size(), duplicated.size(), violations);
        out.printf("  %s (seed %d; the same seed replays the faults' moments and targets, not the threads' interleaving)%n",
                clean() ? "clean" : "NOT CLEAN", seed);
        out.flush();
    }
}
