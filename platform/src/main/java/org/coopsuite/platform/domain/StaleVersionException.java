package org.coopsuite.platform.domain;

/** A command that expects an aggregate at a version it is no longer at: another write changed it first. */
public class StaleVersionException extends RuntimeException {

    private final String aggregateId;
    private final long expectedVersion;
    private final long currentVersion;

    /** @param currentVersion the version it is at now (0: it does not exist) */
    public StaleVersionException(String aggregateId, long expectedVersion, long currentVersion) {
        super("Aggregate " + aggregateId + " is at version " + currentVersion + ", not at version " + expectedVersion
                + ": it was changed meanwhile; read it again and retry");
        this.aggregateId = aggregateId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
