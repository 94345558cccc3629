package io.plexrecommend.graph.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void lowerCasesStripsAccentsAndDashesEverythingElse() {
        assertThat(Slugs.slug("Amélie Poulain")).hasValue("amelie-poulain");
        assertThat(Slugs.slug("  Science   Fiction! ")).hasValue("science-fiction");
        assertThat(Slugs.slug("Carrie-Anne Moss")).hasValue("carrie-anne-moss");
        assertThat(Slugs.slug("Ｆｕｌｌ Width")).hasValue("full-width");
        assertThat(Slugs.slug("Penélope Cruz")).isEqualTo(Slugs.slug("PENELOPE CRUZ"));
    }

    @Test
    void keepsLettersOfOtherScripts() {
        assertThat(Slugs.slug("黒澤 明")).hasValue("黒澤-明");
        assertThat(Slugs.slug("Сергей Бондарчук")).hasValue("сергей-бондарчук");
        assertThat(Slugs.slug("ジブリ")).hasValue("ジブリ");
    }

    @Test
    void nothingAlphanumericLeftIsNoSlug() {
        assertThat(Slugs.slug("")).isEmpty();
        assertThat(Slugs.slug(" -?! ")).isEmpty();
        assertThat(Slugs.slug(null)).isEmpty();
    }
}
