package org.coopsuite.platform.web;

import java.util.Map;

import org.coopsuite.platform.domain.InvalidCommandException;

/** Reads the version a command expects from an {@code If-Match} header: {@code "3"} or {@code 3}. */
public final class IfMatch {

    private IfMatch() {
    }

    /**
     * The expected version of a whole-content update (a {@code PUT}): it replaces what the caller
     * read, so it must say which version that was, or it could silently overwrite a concurrent edit.
     *
     * @throws PreconditionRequiredException (428) without an {@code If-Match}
     */
    public static long required(String ifMatch) {
        Long version = expected(ifMatch);
        if (version == null) {
            throw new PreconditionRequiredException();
        }
        return version;
    }

    /** The expected version, or null when the command does not say. */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            long version = Long.parseLong(ifMatch.replace("\"", "").replace("W/", "").strip());
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidCommandException(Map.of("If-Match", "must be the version the command expects, e.g. \"3\""));
    }
}
