package org.coopsuite.platform.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.coopsuite.platform.domain.InvalidCommandException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PagingTest {

    @ParameterizedTest
    @ValueSource(ints = {-1, Paging.MAX_PAGE + 1, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void refusesAPageOutsideItsBoundsNamingPage(int page) {
        InvalidCommandException refused = catchThrowableOfType(InvalidCommandException.class, () -> Paging.of(page, 20));

        assertThat(refused.fieldErrors()).containsOnlyKeys("page");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, Integer.MIN_VALUE, Paging.MAX_SIZE + 1, Integer.MAX_VALUE})
    void refusesASizeOutsideItsBoundsNamingSize(int size) {
        InvalidCommandException refused = catchThrowableOfType(InvalidCommandException.class, () -> Paging.of(0, size));

        assertThat(refused.fieldErrors()).containsOnlyKeys("size");
    }

    @Test
    void theLastPageAllowedSkipsWithoutOverflow() {
        Paging last = Paging.of(Paging.MAX_PAGE, Paging.MAX_SIZE);

        assertThat(last.offset()).isEqualTo(1_000_000L);
        assertThat(last.pageable().getOffset()).isEqualTo(1_000_000L);
    }
}
