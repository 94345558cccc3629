package io.plexrecommend.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.broker.TopicClient;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.RatingEvent;
import io.plexrecommend.events.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code ratings} as the recommender would; callers filter by their own profile names. */
public final class RatingsTopic {

    /** Every event of {@code profile}, in order. Checks that each record is keyed by its profile. */
    public static List<RatingEvent> of(String profile) {
        List<RatingEvent> events = new ArrayList<>();
        for (var record : TopicClient.forTestBroker().read(Topics.RATINGS, Integer.MAX_VALUE, Duration.ofSeconds(5))) {
            RatingEvent event = EventCodec.decode(record.value(), RatingEvent.class);
            assertThat(record.key()).isEqualTo(event.profile());
            if (event.profile().equals(profile)) {
                events.add(event);
            }
        }
        return events;
    }

    private RatingsTopic() {
    }
}
