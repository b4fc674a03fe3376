package org.coopsuite.platform.aggregate;

/**
 * A relay's hold on outboxes: the lease (an expiry time, in epoch milliseconds) a round's claims
 * or a new aggregate's insert set, and the claim that tells its outboxes from any other's.
 */
record Hold(long lease, String claim) {
}
