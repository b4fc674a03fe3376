package org.coopsuite.schemas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;

/** Renders {@code EVENTS.md}: per topic its events, each a table of its fields, then the types they use. */
final class EventCatalogue {

    static final String REFRESH = "./mvnw -B -pl schemas verify -Dcatalogue.write=true";

    /** Named types met while rendering, in order; rendering one may add more (SideAmount adds Money). */
    private final Map<String, Schema> types = new LinkedHashMap<>();
    private final StringBuilder out = new StringBuilder();

    private EventCatalogue() {
    }

    /**
     * Renders the catalogue. It names no published version numbers: in a run that publishes
     * (-Dschemas.publish=true) the classpath still holds the previous versions.
     */
    static String render() {
        return new EventCatalogue().document();
    }

    private String document() {
        line("# Event catalogue");
        line("");
        line("Generated from the Avro schemas (`src/main/avro`) and the topic registry (`EventTopic`) by");
        line("`EventCatalogueTest`; do not edit by hand. After changing a schema, refresh it with");
        line("`" + REFRESH + "`.");
        line("");
        line("| topic | record key | events |");
        line("| --- | --- | --- |");
        for (EventTopic topic : EventTopic.values()) {
            String events = events(topic).stream().map(e -> link(e.getName())).collect(Collectors.joining(", "));
            line("| `" + topic.topic() + "` | " + topic.keyDescription() + " | " + (events.isEmpty() ? "none yet" : events) + " |");
        }
        for (EventTopic topic : EventTopic.values()) {
            topic(topic);
        }
        line("");
        line("## Types used by the events");
        for (int i = 0; i < types.size(); i++) {
            type(new ArrayList<>(types.values()).get(i));
        }
        return out.toString();
    }

    private void topic(EventTopic topic) {
        line("");
        line("## " + topic.topic());
        line("");
        line("Published by the service owning the " + topic.aggregateType() + " aggregate; key: " + topic.keyDescription() + ".");
        if (events(topic).isEmpty()) {
            line("");
            line("No events yet.");
        }
        events(topic).forEach(this::event);
    }

    private void event(Schema event) {
        line("");
        line("### " + event.getName());
        line("");
        line("`" + event.getFullName() + "`. " + text(event.getDoc()));
        fields(event);
    }

    private void type(Schema type) {
        line("");
        line("### " + type.getName());
        line("");
        line("`" + type.getFullName() + "`" + (type.getType() == Schema.Type.ENUM ? " (enum)" : "") + ". " + text(type.getDoc()));
        if (type.getType() == Schema.Type.ENUM) {
            line("");
            line("Symbols: " + type.getEnumSymbols().stream().map(s -> "`" + s + "`").collect(Collectors.joining(", "))
                    + "; a reader maps a symbol it does not know to `" + type.getEnumDefault() + "`.");
        } else {
            fields(type);
        }
    }

    private void fields(Schema record) {
        line("");
        line("| field | type | doc |");
        line("| --- | --- | --- |");
        record.getFields().forEach(f -> line("| `" + f.name() + "` | " + typeName(f.schema()) + " | " + text(f.doc()) + " |"));
    }

    /** How a field's type reads in the catalogue; a named type is listed (once) under the types. */
    private String typeName(Schema schema) {
        if (schema.getLogicalType() != null) {
            return schema.getLogicalType().getName();
        }
        return switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> {
                types.putIfAbsent(schema.getFullName(), schema);
                yield link(schema.getName());
            }
            case ARRAY -> "array of " + typeName(schema.getElementType());
            case MAP -> "map of " + typeName(schema.getValueType());
            case UNION -> union(schema);
            default -> schema.getType().getName();
        };
    }

    private String union(Schema union) {
        List<Schema> branches = union.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).toList();
        String names = branches.stream().map(this::typeName).collect(Collectors.joining(" or "));
        return branches.size() < union.getTypes().size() ? "optional " + names : names;
    }

    private static List<Schema> events(EventTopic topic) {
        return topic.eventTypes().stream().map(type -> SpecificData.get().getSchema(type)).toList();
    }

    private static String link(String name) {
        return "[" + name + "](#" + name.toLowerCase() + ")";
    }

    private static String text(String doc) {
        return doc == null ? "" : doc.replace("|", "\\|").replace("\n", " ");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
