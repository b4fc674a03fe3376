package org.coopsuite.platform.projection;

/** A test view: how many events of one dialogue were applied. */
class DialogueCount extends View {

    private int events;

    DialogueCount() {
    }

    DialogueCount(String id) {
        super(id);
    }

    int events() {
        return events;
    }

    void count() {
        events++;
    }
}
