package org.coopsuite.platform.web;

/**
 * A whole-content update without {@code If-Match}: 428 Precondition Required (RFC 6585), so that
 * the client reads the current version first instead of overwriting what it has not seen.
 */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("This update replaces the whole content: send If-Match with the version you read (its ETag or \"version\")");
    }
}
