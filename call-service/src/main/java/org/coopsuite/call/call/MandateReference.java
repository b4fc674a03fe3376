package org.coopsuite.call.call;

/** The dialogue decision a call comes from. */
public record MandateReference(String dialogueId, String decisionId) {
}
