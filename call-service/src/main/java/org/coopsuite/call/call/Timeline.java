package org.coopsuite.call.call;

import java.time.LocalDate;

/** The dates of a call: it opens (at the earliest) on {@code opening}, accepts proposals until the end of {@code deadline}. */
public record Timeline(LocalDate opening, LocalDate deadline, LocalDate evaluationEnd) {
}
