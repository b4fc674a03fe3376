package org.coopsuite.dashboard.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * What kind of JSON value the APIs gave, for the template that shows any of them
 * ({@code json.html}): {@code ${@json.kind(v)}}. Templates may not inspect types themselves.
 */
@Component("json")
public class JsonKinds {

    public String kind(Object value) {
        if (value == null || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty()) {
            return "empty";
        }
        if (value instanceof Map<?, ?> map) {
            return map.containsKey("amount") && map.containsKey("currency") ? "money" : "object";
        }
        if (value instanceof List<?> list) {
            return list.get(0) instanceof Map<?, ?> ? "table" : "list";
        }
        return "scalar";
    }

    /** The columns of a table: the keys of its first row. */
    public Collection<?> columns(List<?> rows) {
        return rows.get(0) instanceof Map<?, ?> first ? first.keySet() : List.of();
    }
}
