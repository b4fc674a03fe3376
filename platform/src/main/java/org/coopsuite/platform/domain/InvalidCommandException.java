package org.coopsuite.platform.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A command that breaks a rule of the domain (beyond the shape checks of its request body),
 * with one message per offending field, e.g. {@code coChairs[1].side: not a participating side}.
 */
public class InvalidCommandException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidCommandException(Map<String, String> fieldErrors) {
        super("Invalid command: " + fieldErrors);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** Collects field errors; {@link #throwIfAny()} rejects the command when there is one. */
    public static final class Collector {

        private final Map<String, String> errors = new LinkedHashMap<>();

        public Collector reject(String field, String message) {
            errors.putIfAbsent(field, message);
            return this;
        }

        public Collector check(boolean valid, String field, String message) {
            return valid ? this : reject(field, message);
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidCommandException(errors);
            }
        }
    }
}
