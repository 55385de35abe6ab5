package org.campusnews.section.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PaginationTests {

    @Test
    void singlePage() {
        Pagination pagination = Pagination.of(1, 1);

        assertThat(pagination.pages()).containsExactly(1);
        assertThat(pagination.hasPrevious()).isFalse();
        assertThat(pagination.hasNext()).isFalse();
    }

    @Test
    void showsFirstLastAndAWindowAroundTheCurrentPageWithGaps() {
        assertThat(Pagination.of(250, 501).pages()).isEqualTo(Arrays.asList(1, null, 248, 249, 250, 251, 252, null, 501));
        assertThat(Pagination.of(1, 10).pages()).isEqualTo(Arrays.asList(1, 2, 3, null, 10));
        assertThat(Pagination.of(10, 10).pages()).isEqualTo(Arrays.asList(1, null, 8, 9, 10));
        assertThat(Pagination.of(3, 5).pages()).containsExactly(1, 2, 3, 4, 5);
    }
}
