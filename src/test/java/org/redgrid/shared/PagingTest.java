package org.redgrid.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void theLastPageWhoseOffsetFitsAnIntIsAccepted() {
        Paging last = new Paging(Integer.MAX_VALUE / 500, 500);

        assertThat((long) last.offset()).isLessThanOrEqualTo(Integer.MAX_VALUE).isPositive();
    }

    @Test
    void aPageWhoseOffsetOverflowsIsRefusedNamingPage() {
        InvalidValue refused = catchThrowableOfType(InvalidValue.class, () -> new Paging(99_999_999, 500));

        assertThat(refused.field()).isEqualTo("page");
        assertThat(refused.rule()).isEqualTo("paging.page");
        assertThat(refused.messageEn()).contains(String.valueOf(Integer.MAX_VALUE / 500));
    }

    @Test
    void theHighestPageNumberWithOneRowPerPageIsStillValid() {
        assertThat(new Paging(Integer.MAX_VALUE, 1).offset()).isEqualTo(Integer.MAX_VALUE);
    }
}
