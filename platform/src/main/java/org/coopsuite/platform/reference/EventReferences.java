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
        String unknown = firstUnknown(event, event.getSchema().getName());
        if (unknown != null) {
            throw new UnknownReferenceException(unknown);
        }
    }

    private String firstUnknown(IndexedRecord record, String path) {
        if (Boolean.TRUE.equals(valueOf(record, "selfFunded"))) {
            return null;
        }
        for (Schema.Field field : record.getSchema().getFields()) {
            String unknown = unknownIn(field.schema(), record.get(field.pos()), field.name(), path + "." + field.name());
            if (unknown != null) {
                return unknown;
            }
        }
        return null;
    }

    private String unknownIn(Schema schema, Object value, String name, String path) {
        if (value == null) {
            return null;
        }
        Schema type = nonNull(schema);
        if (type.getType() == Schema.Type.STRING && namesSide(name)) {
            return reference.isSide(value.toString()) ? null : "unknown side " + value + " in " + path;
        }
        if (type.getType() == Schema.Type.RECORD && value instanceof IndexedRecord nested) {
            return firstUnknown(nested, path);
        }
        if (type.getType() == Schema.Type.ARRAY && value instanceof List<?> items) {
            boolean sides = namesSides(name);
            for (int i = 0; i < items.size(); i++) {
                String unknown = unknownIn(type.getElementType(), items.get(i), sides ? "side" : name, path + "[" + i + "]");
                if (unknown != null) {
                    return unknown;
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
