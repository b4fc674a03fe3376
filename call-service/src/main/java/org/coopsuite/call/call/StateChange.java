package org.coopsuite.call.call;

import java.time.Instant;

/** One step of a call's life, for its timeline: the state it entered and when. */
public record StateChange(CallState state, Instant at) {
}
