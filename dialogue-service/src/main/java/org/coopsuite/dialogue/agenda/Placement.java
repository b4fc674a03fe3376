package org.coopsuite.dialogue.agenda;

/** Where an agenda item from an event went. */
enum Placement {
    /** Onto the agenda of the next dialogue of the level. */
    ADDED,
    /** Nowhere new: an agenda holds the item from that event already (a redelivery). */
    ALREADY_PLACED,
    /** Nowhere: no dialogue of the level is scheduled. */
    NO_DIALOGUE
}
