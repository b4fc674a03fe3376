package org.coopsuite.dialogue.dialogue;

/** A programme line of one side paired with one of another side. */
public record SynergyPair(Line first, Line second) {

    /** A line of one side's programme, e.g. a Horizon Europe mission or a Moonshot goal. */
    public record Line(String side, String programme, String line) {
    }
}
