package org.coopsuite.platform.aggregate;

/** An aggregate's state as read from its document, with the version that guards its next write. */
public record StoredAggregate<S>(String id, long version, S state) {
}
