package org.coopsuite.platform.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.reference.EventReferences;
import org.coopsuite.platform.reference.UnknownReferenceException;

/**
 * A batch handler behind the reference check ({@link EventReferences}): the events before the
 * first that names an unknown side are handed over, then that one is named as failed
 * ({@link EventFailedException}, its cause an {@link UnknownReferenceException}), so that the live
 * consumer parks its sequence and a rebuild holds its aggregate back; the rest come again.
 */
public final class ReferenceChecked {

    private ReferenceChecked() {
    }

    /** @param references null for no check (a benchmark outside a service) */
    public static Consumer<List<SpecificRecord>> handler(EventReferences references, Consumer<List<SpecificRecord>> handler) {
        if (references == null) {
            return handler;
        }
        return events -> {
            for (int i = 0; i < events.size(); i++) {
                try {
                    references.check(events.get(i));
                } catch (UnknownReferenceException unknown) {
                    if (i > 0) {
                        handler.accept(events.subList(0, i));
                    }
                    throw new EventFailedException(i, unknown);
                }
            }
            handler.accept(events);
        };
    }
}
