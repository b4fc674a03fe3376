package org.coopsuite.funding.web;


import org.coopsuite.platform.domain.InvalidCommandException;

/** The paging of the listing endpoints: a zero-based page of 1 to 100 entries (20 by default). */
public record Paging(int page, int size) {

    public static final String DEFAULT_SIZE = "20";
    static final int MAX_SIZE = 100;

    /** @throws InvalidCommandException (400) naming {@code page} or {@code size} when out of range */
    public static Paging of(int page, int size) {
        InvalidCommandException.Collector errors = new InvalidCommandException.Collector();
        errors.check(page >= 0, "page", "must be 0 or more");
        errors.check(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE);
        errors.throwIfAny();
        return new Paging(page, size);
    }
}
