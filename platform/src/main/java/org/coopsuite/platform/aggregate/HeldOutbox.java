package org.coopsuite.platform.aggregate;

import java.util.List;

/**
 * An aggregate's outbox as this relay holds it: claimed by a round, or inserted held. The
 * version guards the write that settles it: unchanged, no event was appended since.
 *
 * @param failures the rounds in a row that could not publish it, before this one
 */
record HeldOutbox(String id, long version, Hold hold, List<OutboxEntry> entries, int failures) {

    HeldOutbox(String id, long version, Hold hold, List<OutboxEntry> entries) {
        this(id, version, hold, entries, 0);
    }
}
