package org.coopsuite.platform.test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Bad request bodies generated from a service's OpenAPI schemas: from one good body of an
 * operation, for every property it has (nested objects, the first element of an array, the first
 * value of a map): a required one missing or null; a value of the wrong type (an operator object
 * {@code {"$gt": ""}}, an array for a scalar, a string for a number, an object or an array);
 * a string past its {@code maxLength} (or 20,000 characters where none is documented); an array
 * past its {@code maxItems} or empty where it needs one; an unknown enum value; an impossible or
 * absurd date; a number past any bound; an unknown field in every object; map keys that are
 * MongoDB operators or dotted paths. Each case names the property it breaks.
 */
public final class BadInputs {

    /** One bad body: what it breaks, the property the answer must name, and the body. */
    public record Case(String name, String field, Object body) {
    }

    private static final Map<String, Object> OPERATOR = Map.of("$gt", "");
    private static final int UNDOCUMENTED_LENGTH = 20_000;

    private final Map<String, Object> schemas;
    private final List<Case> cases = new ArrayList<>();

    private BadInputs(Map<String, Object> document) {
        this.schemas = map(map(document.get("components")).get("schemas"));
    }

    /** The bad bodies of an operation, from its documented request schema and one good body. */
    public static List<Case> of(Map<String, Object> document, String method, String path, Map<String, Object> good) {
        BadInputs inputs = new BadInputs(document);
        Map<String, Object> operation = map(map(map(document.get("paths")).get(path)).get(method.toLowerCase()));
        Map<String, Object> schema = map(map(map(map(operation.get("requestBody")).get("content"))
                .get("application/json")).get("schema"));
        inputs.object(method + " " + path, inputs.resolve(schema), good, UnaryOperator.identity(), null);
        return Collections.unmodifiableList(inputs.cases);
    }

    /** The cases of an object at a place of the body; {@code put} rebuilds the whole body around a new value. */
    private void object(String where, Map<String, Object> schema, Map<String, Object> value,
            UnaryOperator<Object> put, String field) {
        List<?> required = schema.get("required") instanceof List<?> list ? list : List.of();
        add(where + ": an unknown field", "unknownField", put.apply(with(value, "unknownField", "typo")));
        add(where + ": a field whose name is an operator", "$where", put.apply(with(value, "$where", "sleep(1000)")));
        map(schema.get("properties")).forEach((name, propertySchema) -> {
            if (!value.containsKey(name)) {
                return;
            }
            UnaryOperator<Object> at = replaced -> put.apply(with(value, name, replaced));
            if (required.contains(name)) {
                add(where + "." + name + " missing", name, put.apply(without(value, name)));
                add(where + "." + name + " null", name, at.apply(null));
            }
            property(where + "." + name, resolve(map(propertySchema)), value.get(name), at, name);
        });
    }

    @SuppressWarnings("unchecked")
    private void property(String where, Map<String, Object> schema, Object value, UnaryOperator<Object> at, String field) {
        String type = String.valueOf(schema.get("type"));
        if (schema.containsKey("properties") && value instanceof Map<?, ?> object) {
            add(where + ": a string for an object", field, at.apply("x"));
            add(where + ": an array for an object", field, at.apply(List.of()));
            object(where, schema, (Map<String, Object>) object, at, field);
        } else if (schema.containsKey("additionalProperties") && value instanceof Map<?, ?> map && !map.isEmpty()) {
            mapOf(where, schema, (Map<String, Object>) map, at, field);
        } else if ("array".equals(type) && value instanceof List<?> list && !list.isEmpty()) {
            array(where, schema, (List<Object>) list, at, field);
        } else if ("string".equals(type)) {
            string(where, schema, at, field);
        } else if ("number".equals(type) || "integer".equals(type)) {
            add(where + ": a word for a number", field, at.apply("lots"));
            add(where + ": an operator object", field, at.apply(OPERATOR));
            add(where + ": past any bound", field, at.apply(new java.math.BigDecimal("1E+400")));
        } else if ("boolean".equals(type)) {
            add(where + ": a word for a boolean", field, at.apply("maybe"));
            add(where + ": an operator object", field, at.apply(OPERATOR));
        }
    }

    private void string(String where, Map<String, Object> schema, UnaryOperator<Object> at, String field) {
        add(where + ": an operator object", field, at.apply(OPERATOR));
        if (!where.endsWith("]")) {
            // an array in an array of strings: Jackson reads past it and names the next field, not this one
            add(where + ": an array for a string", field, at.apply(List.of("x")));
        }
        if (schema.get("enum") instanceof List<?>) {
            add(where + ": an unknown enum value", field, at.apply("NO_SUCH_VALUE"));
            return;
        }
        if ("date".equals(schema.get("format"))) {
            add(where + ": an impossible date", field, at.apply("2026-02-30"));
            add(where + ": an absurd date", field, at.apply("+99999-01-01"));
            add(where + ": not a date", field, at.apply("next tuesday"));
            return;
        }
        int max = schema.get("maxLength") instanceof Number n ? n.intValue() + 1 : UNDOCUMENTED_LENGTH;
        add(where + ": " + max + " characters", field, at.apply("x".repeat(max)));
    }

    private void array(String where, Map<String, Object> schema, List<Object> list, UnaryOperator<Object> at, String field) {
        add(where + ": a string for an array", field, at.apply("x"));
        add(where + ": an operator object for an array", field, at.apply(OPERATOR));
        if (schema.get("minItems") instanceof Number n && n.intValue() > 0) {
            add(where + ": empty", field, at.apply(List.of()));
        }
        if (schema.get("maxItems") instanceof Number n) {
            add(where + ": " + (n.intValue() + 1) + " items", field, at.apply(Collections.nCopies(n.intValue() + 1, list.get(0))));
        }
        Map<String, Object> items = resolve(map(schema.get("items")));
        property(where + "[0]", items, list.get(0), replaced -> {
            List<Object> copy = new ArrayList<>(list);
            copy.set(0, replaced);
            return at.apply(copy);
        }, field);
    }

    private void mapOf(String where, Map<String, Object> schema, Map<String, Object> map, UnaryOperator<Object> at,
            String field) {
        Map.Entry<String, Object> first = map.entrySet().iterator().next();
        add(where + ": a string for a map", field, at.apply("x"));
        add(where + ": an operator key", field, at.apply(with(map, "$where", first.getValue())));
        add(where + ": a dotted key", field, at.apply(with(map, "a.b", first.getValue())));
        add(where + ": a key of 5,000 characters", field, at.apply(with(map, "K".repeat(5_000), first.getValue())));
        if (schema.get("additionalProperties") instanceof Map<?, ?> values) {
            property(where + "." + first.getKey(), resolve(map(values)), first.getValue(),
                    replaced -> at.apply(with(map, first.getKey(), replaced)), field);
        }
    }

    private void add(String name, String field, Object body) {
        cases.add(new Case(name, field, body));
    }

    private Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null && schema.get("allOf") instanceof List<?> all && all.size() == 1) {
            ref = map(all.get(0)).get("$ref");
        }
        if (ref == null) {
            return schema;
        }
        String name = String.valueOf(ref).substring("#/components/schemas/".length());
        return map(schemas.get(name));
    }

    private static Map<String, Object> with(Map<String, Object> value, String name, Object replaced) {
        Map<String, Object> copy = new LinkedHashMap<>(value);
        copy.put(name, replaced);
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> value, String name) {
        Map<String, Object> copy = new LinkedHashMap<>(value);
        copy.remove(name);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
