package org.coopsuite.platform.query;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * The one envelope of every list endpoint: {@code {items, page, size, totalItems, totalPages}}.
 * {@code page} and {@code size} are those asked for; {@code totalItems} counts every entry that
 * matches, over all pages, and {@code totalPages} the pages of that size they fill (0 when none
 * matches). A page past the last is empty, with the same totals.
 */
public record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public PageOf {
        items = List.copyOf(items);
    }

    /** A page of a Spring Data query, each entry mapped to what the API shows of it. */
    public static <S, T> PageOf<T> from(Page<S> found, Function<? super S, ? extends T> mapper) {
        List<T> items = found.getContent().stream().<T>map(mapper).toList();
        return new PageOf<>(items, found.getNumber(), found.getSize(), found.getTotalElements(),
                pages(found.getTotalElements(), found.getSize()));
    }

    /** A page cut from a list held whole in memory (a call's proposals, the configured platforms). */
    public static <T> PageOf<T> of(List<T> all, Paging paging) {
        int from = (int) Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return new PageOf<>(all.subList(from, to), paging.page(), paging.size(), all.size(),
                pages(all.size(), paging.size()));
    }

    /** A page already cut, e.g. by a report that adds up every entry besides, of {@code totalItems} in all. */
    public static <T> PageOf<T> of(List<T> items, Paging paging, long totalItems) {
        return new PageOf<>(items, paging.page(), paging.size(), totalItems, pages(totalItems, paging.size()));
    }

    public <R> PageOf<R> map(Function<? super T, ? extends R> mapper) {
        return new PageOf<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages);
    }

    private static int pages(long total, int size) {
        return (int) ((total + size - 1) / size);
    }
}
