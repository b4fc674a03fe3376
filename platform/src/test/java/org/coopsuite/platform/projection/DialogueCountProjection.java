package org.coopsuite.platform.projection;

import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.schemas.codec.EventCodec;

/** Counts each dialogue's events in a view keyed by the dialogue id; {@code afterCount} can interfere. */
class DialogueCountProjection implements Projection<DialogueCount> {

    static final String COLLECTION = "dialogueCounts";

    private final Consumer<SpecificRecord> afterCount;

    DialogueCountProjection(Consumer<SpecificRecord> afterCount) {
        this.afterCount = afterCount;
    }

    DialogueCountProjection() {
        this(event -> { });
    }

    @Override
    public String collection() {
        return COLLECTION;
    }

    @Override
    public Class<DialogueCount> viewType() {
        return DialogueCount.class;
    }

    @Override
    public String viewId(SpecificRecord event) {
        return EventCodec.meta(event).getAggregateId();
    }

    @Override
    public DialogueCount newView(String id) {
        return new DialogueCount(id);
    }

    @Override
    public void apply(DialogueCount view, SpecificRecord event) {
        view.count();
        afterCount.accept(event);
    }
}
