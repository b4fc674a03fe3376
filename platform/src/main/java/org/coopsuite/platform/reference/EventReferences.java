package org.coopsuite.platform.reference;

import java.util.List;
import java.util.Locale;

import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificRecord;

/**
 * Checks that every side and every agency an event names is one of the reference data, before
 * any consumer of any service applies it. The events name them by one convention of the
 * schemas, which this class reads from each record's schema, at any depth (a {@code SideAmount}
 * of a budget, a {@code Partner} of a proposal):
 * <ul>
 * <li>a side: a string field called {@code side} or ending in {@code Side} (e.g.
 * {@code ownerSide}), an array of strings called {@code sides}, ending in {@code Sides} or
 * starting with {@code sides} (e.g. {@code sidesShort});
 * <li>an agency: a string field called {@code agency} or ending in {@code Agency}, an array of
 * strings called {@code agencies} or ending in {@code Agencies}. It must be an agency of the side
 * its record names beside it ({@code side} for {@code agency}, {@code leadSide} for
 * {@code leadAgency}), or of some side when the record names none.
 * </ul>
 * A self-funded partner ({@code selfFunded} true in its record) may be of any country, as
 * reciprocity admits it. {@code EventReferencesTest} keeps the convention true for every
 * published schema.
 */
public final class EventReferences {

    private final ReferenceData reference;

    public EventReferences(ReferenceData reference) {
        this.reference = reference;
    }

    /**
     * @throws UnknownReferenceException naming the first unknown side or agency (or agency of
     *         another side) and where the event names it
     */
    public void check(SpecificRecord event) {
        Unknown unknown = firstUnknown(event);
        if (unknown != null) {
            throw new UnknownReferenceException(unknown.what() + " in " + event.getSchema().getName() + unknown.path());
        }
    }

    /** What is unknown, and where it stands below the record it was found in; the path is built only for it. */
    private record Unknown(String what, String path) {

        Unknown under(String step) {
            return new Unknown(what, step + path);
        }
    }

    private Unknown firstUnknown(IndexedRecord record) {
        if (Boolean.TRUE.equals(valueOf(record, "selfFunded"))) {
            return null;
        }
        for (Schema.Field field : record.getSchema().getFields()) {
            Unknown unknown = unknownIn(record, field.schema(), record.get(field.pos()), field.name());
            if (unknown != null) {
                return unknown.under("." + field.name());
            }
        }
        return null;
    }

    /** @param owner the record the value is a field of (or an item of a field of) */
    private Unknown unknownIn(IndexedRecord owner, Schema schema, Object value, String name) {
        if (value == null) {
            return null;
        }
        Schema type = nonNull(schema);
        if (type.getType() == Schema.Type.STRING && namesSide(name)) {
            return reference.isSide(value.toString()) ? null : new Unknown("unknown side " + value, "");
        }
        if (type.getType() == Schema.Type.STRING && namesAgency(name)) {
            return unknownAgency(owner, name, value.toString());
        }
        if (type.getType() == Schema.Type.RECORD && value instanceof IndexedRecord nested) {
            return firstUnknown(nested);
        }
        if (type.getType() == Schema.Type.ARRAY && value instanceof List<?> items) {
            String item = namesSides(name) ? "side" : namesAgencies(name) ? agencyOf(name) : name;
            for (int i = 0; i < items.size(); i++) {
                Unknown unknown = unknownIn(owner, type.getElementType(), items.get(i), item);
                if (unknown != null) {
                    return unknown.under("[" + i + "]");
                }
            }
        }
        return null;
    }

    /** An agency of no side; or of another side than the one its record names beside it. */
    private Unknown unknownAgency(IndexedRecord owner, String field, String agency) {
        if (!reference.isAgency(agency)) {
            return new Unknown("unknown agency " + agency, "");
        }
        Object side = valueOf(owner, sideOf(field));
        if (side != null && reference.isSide(side.toString()) && !reference.isAgencyOf(side.toString(), agency)) {
            return new Unknown("agency " + agency + " not of side " + side, "");
        }
        return null; // an unknown side beside it is the side's own failure
    }

    /** Whether a string field of this name holds a side code. */
    static boolean namesSide(String field) {
        return field.equals("side") || field.endsWith("Side");
    }

    /** Whether an array of strings of this name holds side codes. */
    static boolean namesSides(String field) {
        return field.equals("sides") || field.endsWith("Sides") || field.toLowerCase(Locale.ROOT).startsWith("sides");
    }

    /** Whether a string field of this name holds an agency's code. */
    static boolean namesAgency(String field) {
        return field.equals("agency") || field.endsWith("Agency");
    }

    /** Whether an array of strings of this name holds agencies' codes. */
    static boolean namesAgencies(String field) {
        return field.equals("agencies") || field.endsWith("Agencies");
    }

    /** The field of an agency's side: {@code side} beside {@code agency}, {@code leadSide} by {@code leadAgency}. */
    private static String sideOf(String agencyField) {
        return agencyField.equals("agency") ? "side"
                : agencyField.substring(0, agencyField.length() - "Agency".length()) + "Side";
    }

    /**
     * What an item of an array of agencies is called: an {@code agency} of {@code agencies}, a
     * {@code leadAgency} of {@code leadAgencies}.
     */
    private static String agencyOf(String agenciesField) {
        return agenciesField.equals("agencies") ? "agency"
                : agenciesField.substring(0, agenciesField.length() - "Agencies".length()) + "Agency";
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
