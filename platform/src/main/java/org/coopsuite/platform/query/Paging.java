package org.coopsuite.platform.query;

import org.coopsuite.platform.domain.InvalidCommandException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The page a list endpoint is asked for: {@code page} from 0 to {@value #MAX_PAGE}, {@code size}
 * from 1 to {@value #MAX_SIZE}, {@value #DEFAULT_SIZE} when not given. The same for every list endpoint of
 * the suite, so a client pages them all alike.
 * <pre>
 * &#64;GetMapping PageOf&lt;X&gt; list(&#64;RequestParam(defaultValue = "0") int page,
 *         &#64;RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
 *     return PageOf.from(xs.list(Paging.of(page, size).pageable()), XResponse::of);
 * }
 * </pre>
 */
public record Paging(int page, int size) {

    /** The size of a page when the request names none; a string, as {@code @RequestParam} takes it. */
    public static final String DEFAULT_SIZE = "20";
    /** The largest page a request may ask for; past it the request is refused (400). */
    public static final int MAX_SIZE = 100;
    /**
     * The last page a request may ask for: past it the request is refused (400). No list of the
     * suite holds a million entries, and the bound keeps the skip ({@code page * size}) far from
     * overflowing an {@code int} the database or a list cut takes.
     */
    public static final int MAX_PAGE = 10_000;

    /** @throws InvalidCommandException (400) naming {@code page} or {@code size} when out of range */
    public static Paging of(int page, int size) {
        new InvalidCommandException.Collector().check(page >= 0 && page <= MAX_PAGE, "page",
                "must be between 0 and " + MAX_PAGE)
                .check(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE).throwIfAny();
        return new Paging(page, size);
    }

    /** The first page, at the default size. */
    public static Paging first() {
        return new Paging(0, Integer.parseInt(DEFAULT_SIZE));
    }

    /** How many entries come before the page. */
    public long offset() {
        return (long) page * size;
    }

    /** The page as Spring Data takes it, unsorted: the query says its order. */
    public Pageable pageable() {
        return PageRequest.of(page, size);
    }
}
