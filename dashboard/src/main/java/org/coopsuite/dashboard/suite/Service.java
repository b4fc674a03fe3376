package org.coopsuite.dashboard.suite;

/** The three services the dashboard reads. */
public enum Service {
    CALL("call-service"), FUNDING("funding-service"), DIALOGUE("dialogue-service");

    private final String title;

    Service(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
