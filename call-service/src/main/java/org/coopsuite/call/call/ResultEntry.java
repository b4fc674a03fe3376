package org.coopsuite.call.call;

/** One proposal in a call's published results: its rank, total score and whether it was selected. */
public record ResultEntry(String proposalId, String acronym, int rank, String total, boolean selected) {
}
