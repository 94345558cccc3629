package io.plexrecommend.recommender.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TabViewTest {

    @Test
    void initialsTakeTheFirstLetterOfTheFirstTwoWords() {
        assertThat(TabView.initials("The Matrix")).isEqualTo("TM");
        assertThat(TabView.initials("  amélie ")).isEqualTo("A");
        assertThat(TabView.initials("(500) Days of Summer")).isEqualTo("5D");
        assertThat(TabView.initials("!!!")).isEqualTo("?");
    }

    @Test
    void runtimeReadsAsHoursAndMinutes() {
        assertThat(TabView.runtime(136)).isEqualTo("2 h 16 min");
        assertThat(TabView.runtime(47)).isEqualTo("47 min");
        assertThat(TabView.runtime(null)).isNull();
    }
}
