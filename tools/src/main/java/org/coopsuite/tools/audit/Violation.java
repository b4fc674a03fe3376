package org.coopsuite.tools.audit;

import java.io.PrintStream;
import java.util.List;

/**
 * One broken promise the audit found.
 *
 * @param check     which check, e.g. {@code versions}
 * @param aggregate the aggregate involved, e.g. {@code Call call-2027-climate}
 * @param detail    what is wrong, in one sentence
 * @param events    the events involved, possibly none (an aggregate missing from the log)
 */
record Violation(String check, String aggregate, String detail, List<LoggedEvent> events) {

    public Violation {
        events = List.copyOf(events);
    }

    static Violation of(String check, String aggregate, String detail) {
        return new Violation(check, aggregate, detail, List.of());
    }

    /** One line, then one indented line per event involved. */
    void print(PrintStream out) {
        out.printf("VIOLATION %s: %s: %s%n", check, aggregate, detail);
        events.forEach(event -> out.println("    " + event.text()));
    }
}
