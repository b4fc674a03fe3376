package org.coopsuite.platform.aggregate;

import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.domain.AggregateRoot;

/** The aggregate of the platform's tests: a dialogue with a name, recording the events a test gives it. */
final class Named extends AggregateRoot<Named> {

    private String id;
    private String name;

    private Named() {
        // for the converter
    }

    /** A dialogue with this name that recorded these events. */
    static Named of(String id, String name, List<? extends SpecificRecord> events) {
        Named named = new Named();
        named.id = id;
        named.name = name;
        events.forEach(named::record);
        return named;
    }

    @Override
    public String id() {
        return id;
    }

    String name() {
        return name;
    }

    @Override
    protected String aggregateType() {
        return "Dialogue";
    }
}
