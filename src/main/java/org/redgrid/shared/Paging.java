package org.redgrid.shared;

/**
 * A requested page: zero-based page number and a size between 1 and 500, with the offset of its first
 * row ({@code page × size}) within what SQL's OFFSET takes as an int; a page beyond that is refused.
 */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 500;

    public Paging {
        if (page < 0) throw new InvalidValue("page", "paging.page", "页码不能为负数", "page must not be negative");
        if (size < 1 || size > MAX_SIZE)
            throw new InvalidValue("size", "paging.size", "每页条数须在 1 到 500 之间", "size must be between 1 and 500");
        if ((long) page * size > Integer.MAX_VALUE) {
            int last = Integer.MAX_VALUE / size;
            throw new InvalidValue(
                    "page",
                    "paging.page",
                    "每页 " + size + " 条时页码最大为 " + last,
                    "with " + size + " per page, page must be at most " + last);
        }
    }

    public static Paging of(Integer page, Integer size) {
        return new Paging(page == null ? 0 : page, size == null ? 20 : size);
    }

    public int offset() {
        return page * size;
    }
}
