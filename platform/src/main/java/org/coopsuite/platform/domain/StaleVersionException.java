package org.coopsuite.platform.domain;

/** A write guarded by an aggregate version that another write changed first. */
public class StaleVersionException extends RuntimeException {

    private final String aggregateId;
    private final long expectedVersion;

    public StaleVersionException(String aggregateId, long expectedVersion) {
        super("Aggregate " + aggregateId + " is no longer at version " + expectedVersion
                + ": it was changed meanwhile; read it again and retry");
        this.aggregateId = aggregateId;
        this.expectedVersion = expectedVersion;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
