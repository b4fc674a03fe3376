package org.coopsuite.platform.reference;

import java.util.List;
import java.util.Locale;

import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificRecord;

/**
 * Checks that every side an event names is a side of the reference data, before any consumer
 * of any service applies it. The events name sides by one convention of the schemas, which this
 * class reads from each record's schema: a string field called {@code side} or ending in
 * {@code Side} (e.g. {@code ownerSide}), an array of strings called {@code sides}, ending in
 * {@code Sides} or starting with {@code sides} (e.g. {@code sidesShort}), at any depth (a
 * {@code SideAmount} of a budget, a {@code Partner} of a proposal). A self-funded partner
 * ({@code selfFunded} true in its record) may be of any country, as reciprocity admits it.
 * {@code EventReferencesTest} keeps the convention true for every published schema.
 */
public final class EventReferences {

    private final ReferenceData reference;

    public EventReferences(ReferenceData reference) {
        this.reference = reference;
    }

    /** @throws UnknownReferenceException naming the first unknown side and where the event names it */
    public void check(SpecificRecord event) {
        Unknown unknown = firstUnknown(event);
        if (unknown != null) {
            throw new UnknownReferenceException("unknown side " + unknown.side() + " in "
                    + event.getSchema().getName() + unknown.path());
        }
    }

    /** An unknown side and where it stands below the record it was found in; the path is built only for it. */
    private record Unknown(String side, String path) {

        Unknown under(String step) {
            return new Unknown(side, step + path);
        }
    }

    private Unknown firstUnknown(IndexedRecord record) {
        if (Boolean.TRUE.equals(valueOf(record, "selfFunded"))) {
            return null;
        }
        for (Schema.Field field : record.getSchema().getFields()) {
            Unknown unknown = unknownIn(field.schema(), record.get(field.pos()), field.name());
            if (unknown != null) {
                return unknown.under("." + field.name());
            }
        }
        return null;
    }

    private Unknown unknownIn(Schema schema, Object value, String name) {
        if (value == null) {
            return null;
        }
        Schema type = nonNull(schema);
        if (type.getType() == Schema.Type.STRING && namesSide(name)) {
            return reference.isSide(value.toString()) ? null : new Unknown(value.toString(), "");
        }
        if (type.getType() == Schema.Type.RECORD && value instanceof IndexedRecord nested) {
            return firstUnknown(nested);
        }
        if (type.getType() == Schema.Type.ARRAY && value instanceof List<?> items) {
            boolean sides = namesSides(name);
            for (int i = 0; i < items.size(); i++) {
                Unknown unknown = unknownIn(type.getElementType(), items.get(i), sides ? "side" : name);
                if (unknown != null) {
                    return unknown.under("[" + i + "]");
                }
            }
        }
        return null;
    }

    /** Whether a string field of this name holds a side code. */
    static boolean namesSide(String field) {
        return field.equals("side") || field.endsWith("Side");
    }

    /** Whether an array of strings of this name holds side codes. */
    static boolean namesSides(String field) {
        return field.equals("sides") || field.endsWith("Sides") || field.toLowerCase(Locale.ROOT).startsWith("sides");
    }

    private static Schema nonNull(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        return schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).findFirst().orElse(schema);
    }

    private static Object valueOf(IndexedRecord record, String field) {
        Schema.Field found = record.getSchema().getField(field);
        return found == null ? null : record.get(found.pos());
    }
}
