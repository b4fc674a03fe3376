package org.coopsuite.call.call;

import java.time.Clock;

import org.coopsuite.platform.domain.NotFoundException;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.platform.outbox.AggregateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Runs the call commands: load, transition, store state and events together. */
@Service
public class CallService {

    private static final Logger log = LoggerFactory.getLogger(CallService.class);
    static final String COLLECTION = "calls";

    private final AggregateStore store;
    private final Clock clock;
    private final String producer;

    CallService(AggregateStore store, Clock clock, @Value("${spring.application.name}") String producer) {
        this.store = store;
        this.clock = clock;
        this.producer = producer;
        store.register(COLLECTION);
    }

    /** Drafts the mandated call once: a mandate delivered again finds its call and changes nothing. */
    public void draftFromMandate(DraftCallFromMandate command) {
        Call call = Call.draftFromMandate(command, EventContext.current(clock.instant(), producer));
        if (!store.save(COLLECTION, call)) {
            log.info("Call {} exists already: mandate {} was delivered again", call.id(), command.mandate());
        }
    }

    public Call get(String id) {
        return store.load(COLLECTION, id, Call.class).orElseThrow(() -> new NotFoundException(Call.TYPE, id));
    }
}
