package org.redgrid.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class PageResultTest {

    private final AtomicInteger counted = new AtomicInteger();

    private LongSupplier count(long total) {
        return () -> {
            counted.incrementAndGet();
            return total;
        };
    }

    @Test
    void aShortPageTellsItsTotalWithoutCounting() {
        PageResult<String> page = PageResult.of(List.of("a", "b", "c"), new Paging(2, 5), count(99));

        assertThat(page.total()).isEqualTo(13);
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.size()).isEqualTo(5);
        assertThat(counted).hasValue(0);
    }

    @Test
    void anEmptyFirstPageIsAnEmptyListWithoutCounting() {
        assertThat(PageResult.of(List.of(), new Paging(0, 20), count(99)).total())
                .isZero();
        assertThat(counted).hasValue(0);
    }

    @Test
    void aFullPageIsCountedBecauseMoreMayFollow() {
        PageResult<String> page = PageResult.of(List.of("a", "b"), new Paging(0, 2), count(7));

        assertThat(page.total()).isEqualTo(7);
        assertThat(counted).hasValue(1);
    }

    @Test
    void anEmptyPagePastTheEndIsCountedBecauseItCannotTellWhereTheListEnded() {
        assertThat(PageResult.of(List.of(), new Paging(3, 10), count(12)).total())
                .isEqualTo(12);
        assertThat(counted).hasValue(1);
    }

    @Test
    void aShortPageFarDownAHugeListDoesNotOverflowItsTotal() {
        PageResult<String> page = PageResult.of(List.of("a"), new Paging(Integer.MAX_VALUE / 500, 500), count(0));

        assertThat(page.total()).isEqualTo((long) (Integer.MAX_VALUE / 500) * 500 + 1);
    }
}
