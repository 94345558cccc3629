package io.plexrecommend.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatingValuesTest {

    @Test
    void roundsHalfUpToAWholeNumber() {
        assertThat(RatingValues.toRating(5.5)).isEqualTo(6);
        assertThat(RatingValues.toRating(9.99)).isEqualTo(10);
        assertThat(RatingValues.toRating(5.49)).isEqualTo(5);
        assertThat(RatingValues.toRating(0.5)).isEqualTo(1);
        assertThat(RatingValues.toRating(7)).isEqualTo(7);
    }

    @Test
    void refusesWhatDoesNotRoundToOneToTen() {
        assertThatThrownBy(() -> RatingValues.toRating(0.4)).hasMessage("rating 0.4 is not from 1 to 10 (rounded half up)");
        assertThatThrownBy(() -> RatingValues.toRating(10.5)).hasMessageContaining("not from 1 to 10");
        assertThatThrownBy(() -> RatingValues.toRating(Double.NaN)).hasMessageContaining("not a number");
    }
}
