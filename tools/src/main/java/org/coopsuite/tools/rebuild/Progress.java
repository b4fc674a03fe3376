package org.coopsuite.tools.rebuild;

import java.time.Duration;
import java.util.Locale;

/**
 * A rebuild's progress as one line: events read of the total its topics held at its start, the
 * share, the rate and the time left at that rate. On a terminal with a bar, redrawn in place;
 * otherwise a plain line.
 */
final class Progress {

    static final int BAR = 30;

    private Progress() {
    }

    /** e.g. {@code [#########.....................]  31% 312,000/1,000,000 events  41,200/s  ETA 0:17} */
    static String bar(long read, long total, double rate) {
        int filled = (int) Math.round(share(read, total) * BAR);
        return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + plain(read, total, rate);
    }

    /** e.g. {@code 31% 312,000/1,000,000 events  41,200/s  ETA 0:17} */
    static String plain(long read, long total, double rate) {
        return String.format(Locale.ROOT, "%3d%% %,d/%,d events  %,.0f/s  ETA %s", Math.round(share(read, total) * 100),
                read, total, rate, eta(read, total, rate));
    }

    /** The share of the total read, at most 1 (events that arrived after the start are read too). */
    static double share(long read, long total) {
        return total <= 0 ? 1 : Math.min(1, (double) read / total);
    }

    /** The time left at this rate as {@code h:mm:ss} or {@code m:ss}; {@code ?} before there is a rate. */
    static String eta(long read, long total, double rate) {
        if (read >= total) {
            return "0:00";
        }
        if (rate <= 0) {
            return "?";
        }
        return clock(Duration.ofSeconds((long) Math.ceil((total - read) / rate)));
    }

    static String clock(Duration duration) {
        long seconds = duration.toSeconds();
        long hours = seconds / 3600;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
