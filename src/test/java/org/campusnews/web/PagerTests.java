package org.campusnews.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PagerTests {

    @Test
    void singlePage() {
        Pager pager = Pager.of(1, 1, "/en/sections/news?page=");

        assertThat(Pager.numbers(1, 1)).containsExactly(1);
        assertThat(pager.hasPrevious()).isFalse();
        assertThat(pager.hasNext()).isFalse();
        assertThat(pager.shown()).isFalse();
    }

    @Test
    void showsFirstLastAndAWindowAroundTheCurrentPageWithGaps() {
        assertThat(Pager.numbers(250, 501)).isEqualTo(Arrays.asList(1, null, 248, 249, 250, 251, 252, null, 501));
        assertThat(Pager.numbers(1, 10)).isEqualTo(Arrays.asList(1, 2, 3, null, 10));
        assertThat(Pager.numbers(10, 10)).isEqualTo(Arrays.asList(1, null, 8, 9, 10));
        assertThat(Pager.numbers(3, 5)).containsExactly(1, 2, 3, 4, 5);
        assertThat(Pager.numbers(5, 10)).isEqualTo(Arrays.asList(1, null, 3, 4, 5, 6, 7, null, 10));
        assertThat(Pager.numbers(1, 0)).isEmpty();
    }

    @Test
    void everyPageButTheCurrentOneIsALink() {
        Pager pager = Pager.of(2, 3, "/admin/articles?status=DRAFT&page=");

        assertThat(pager.previous()).isEqualTo("/admin/articles?status=DRAFT&page=1");
        assertThat(pager.next()).isEqualTo("/admin/articles?status=DRAFT&page=3");
        assertThat(pager.entries()).containsExactly(new Pager.Entry(1, "/admin/articles?status=DRAFT&page=1"),
                new Pager.Entry(2, null), new Pager.Entry(3, "/admin/articles?status=DRAFT&page=3"));
        assertThat(pager.entries().get(1).isCurrent()).isTrue();
        assertThat(pager.shown()).isTrue();
    }

    @Test
    void pastTheEndThePageBeforeIsTheLastOne() {
        Pager pager = Pager.of(7, 2, "/admin/audit?page=");

        assertThat(pager.previous()).isEqualTo("/admin/audit?page=2");
        assertThat(pager.next()).isNull();
        assertThat(Pager.of(3, 0, "/admin/audit?page=").previous()).isNull();
    }
}
