package org.coopsuite.call.proposal;

/** An existing project of one side that a twinning proposal links. */
public record TwinnedProject(String side, String projectReference) {
}
