package org.redgrid.shared;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/** One page of a list, with the total so that clients can page through. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    /**
     * A page with its exact total, counted only when the page cannot tell it: a page shorter than its
     * size that holds items, or the first page, ends the list, so its total is its offset plus its items.
     * A full page, or an empty one past the end, asks {@code count}.
     */
    public static <T> PageResult<T> of(List<T> items, Paging paging, LongSupplier count) {
        boolean endsTheList = items.size() < paging.size() && (!items.isEmpty() || paging.offset() == 0);
        long total = endsTheList ? (long) paging.offset() + items.size() : count.getAsLong();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
