package io.plexrecommend.recommender;

import static io.plexrecommend.recommender.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.broker.TopicClient;
import io.plexrecommend.events.EventCodec;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.events.MediaWatchedEvent;
import io.plexrecommend.events.ProfileResetEvent;
import io.plexrecommend.events.RatingEvent;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.RatingRemovedEvent;
import io.plexrecommend.events.RatingSource;
import io.plexrecommend.events.Topics;
import io.plexrecommend.recommender.messaging.IncomingEvents;
import io.plexrecommend.recommender.profile.ProfileStates;
import io.plexrecommend.recommender.rating.RatingEntity;
import io.plexrecommend.recommender.rating.RatingHandler;
import io.plexrecommend.recommender.rating.ReceivedRating;
import io.plexrecommend.recommender.rating.TopicPosition;
import io.plexrecommend.recommender.storage.AppliedEventEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * The {@code ratings} consumer applies a whole poll in one transaction ({@link IncomingEvents#ratings},
 * {@link RatingHandler#handleAll}). These tests hand it batches directly, so each batch is exactly the one written
 * here, and check what must hold as it did one event at a time: each event once (also one the API applied before,
 * and a repeat within the batch), a profile's events in order, an unreadable record dead-lettered alone, a batch the
 * database refuses applied one by one with only the poison event dead-lettered, and the in-memory profiles equal to
 * the database after every batch.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FreshDatabaseTestResource.class)
class RatingBatchTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Offsets of the batches written here: far from the real topic's, which the dead letters' headers echo. */
    private static final AtomicLong OFFSET = new AtomicLong(1_000_000);

    @Inject
    IncomingEvents incoming;

    @Inject
    RatingHandler handler;

    @Inject
    ProfileStates states;

    @Inject
    EntityManager em;

    @Test
    void aBatchAppliesItsGoodRecordsOnceInOrderAndDeadLettersTheMalformedOneAlone() {
        String profile = newProfile();
        String first = newMediaId(MediaType.MOVIE);
        String second = newMediaId(MediaType.MOVIE);
        String removed = newMediaId(MediaType.MOVIE);
        String byApi = newMediaId(MediaType.MOVIE);
        Instant now = Instant.now();
        RatingGivenEvent applied = RatingGivenEvent.imported(profile, byApi, 3, RatingSource.UI, now);
        handler.handle(received(applied)); // as RatingService does: applied at once, then consumed from the topic
        long processedBefore = processed();

        RatingGivenEvent firstRating = RatingGivenEvent.imported(profile, first, 8, RatingSource.IMPORT, now);
        String notJson = "rating: eight out of ten";
        List<ConsumerRecord<String, String>> batch = List.of(
                record(profile, firstRating),
                record(profile, notJson),
                record(profile, RatingGivenEvent.imported(profile, second, 6, RatingSource.IMPORT, now)),
                record(profile, firstRating), // the same event again within the batch
                record(profile, applied), // applied by the API before
                // older than the rating of `second` before it: does not replace it
                record(profile, RatingGivenEvent.imported(profile, second, 1, RatingSource.IMPORT,
                        now.minus(Duration.ofDays(3)))),
                record(profile, RatingGivenEvent.imported(profile, removed, 9, RatingSource.IMPORT, now)),
                record(profile, new RatingRemovedEvent(RatingRemovedEvent.SCHEMA_VERSION, UUID.randomUUID(),
                        now.plusMillis(1), profile, removed, RatingSource.IMPORT)));

        incoming.ratings(batch(batch));

        assertThat(ratingsInDatabase(profile)).containsExactlyInAnyOrderEntriesOf(Map.of(first, 8, second, 6, byApi, 3));
        assertThat(states.get(profile).ratings()).isEqualTo(ratingsInDatabase(profile));
        // first, second, the older second (applied: it changes nothing), the rating of `removed`, its removal
        assertThat(processed()).isEqualTo(processedBefore + 5);
        List<ConsumerRecord<String, String>> letters = deadLetters(profile, 1);
        assertThat(letters).hasSize(1);
        assertThat(letters.get(0).value()).isEqualTo(notJson);
        assertThat(TopicClient.header(letters.get(0), "dead-letter-reason")).contains("RatingEvent");
        assertThat(TopicClient.header(letters.get(0), "dead-letter-exception-class-name"))
                .isEqualTo("io.plexrecommend.events.InvalidEventException");
        assertThat(TopicClient.header(letters.get(0), "dead-letter-cause-class-name")).isNotBlank();
        assertThat(TopicClient.header(letters.get(0), "dead-letter-offset"))
                .isEqualTo(String.valueOf(batch.get(1).offset()));
    }

    @Test
    void aResetWithinABatchForgetsOnlyWhatCameBeforeIt() {
        String profile = newProfile();
        String before = newMediaId(MediaType.MOVIE);
        String rerated = newMediaId(MediaType.MOVIE);
        String after = newMediaId(MediaType.MOVIE);
        Instant now = Instant.now();
        handler.handle(received(RatingGivenEvent.imported(profile, rerated, 2, RatingSource.IMPORT,
                now.minusSeconds(60))));

        incoming.ratings(batch(List.of(
                record(profile, RatingGivenEvent.imported(profile, before, 7, RatingSource.IMPORT, now)),
                record(profile, RatingGivenEvent.imported(profile, rerated, 5, RatingSource.IMPORT, now)),
                record(profile, new ProfileResetEvent(ProfileResetEvent.SCHEMA_VERSION, UUID.randomUUID(),
                        now.plusMillis(1), profile, RatingSource.UI)),
                record(profile, RatingGivenEvent.imported(profile, rerated, 4, RatingSource.IMPORT,
                        now.plusMillis(2))),
                record(profile, RatingGivenEvent.imported(profile, after, 10, RatingSource.IMPORT,
                        now.plusMillis(3))))));

        assertThat(ratingsInDatabase(profile)).containsExactlyInAnyOrderEntriesOf(Map.of(rerated, 4, after, 10));
        assertThat(states.get(profile).ratings()).isEqualTo(ratingsInDatabase(profile));
    }

    @Test
    void aReplayOfImportResetAndTheSameImportAgainEndsWithTheImportedRatings() {
        String profile = newProfile();
        String title = newMediaId(MediaType.MOVIE);
        Instant exported = Instant.parse("2019-05-04T20:00:00Z");
        RatingGivenEvent imported = RatingGivenEvent.imported(profile, title, 7, RatingSource.IMPORT, exported);

        incoming.ratings(batch(List.of(
                record(profile, imported),
                record(profile, ProfileResetEvent.of(profile, RatingSource.UI)),
                record(profile, imported))));

        assertThat(ratingsInDatabase(profile)).containsExactlyEntriesOf(Map.of(title, 7));
        assertThat(states.get(profile).ratings()).isEqualTo(ratingsInDatabase(profile));
    }

    @Test
    void anEventReceivedBeforeAResetThatIsAppliedAfterItIsForgottenButAWatchStays() {
        String profile = newProfile();
        String rated = newMediaId(MediaType.MOVIE);
        String watched = newMediaId(MediaType.MOVIE);
        long earlier = OFFSET.incrementAndGet();
        long alsoEarlier = OFFSET.incrementAndGet();
        // The API applies its reset at once, while the consumer has not yet reached the events before it.
        handler.handle(received(ProfileResetEvent.of(profile, RatingSource.UI)));

        incoming.ratings(batch(List.of(
                record(profile, RatingGivenEvent.of(profile, rated, 9, RatingSource.UI), earlier),
                record(profile, MediaWatchedEvent.of(profile, watched, RatingSource.PLEX), alsoEarlier))));

        assertThat(ratingsInDatabase(profile)).isEmpty();
        assertThat(states.get(profile).ratings()).isEmpty();
        assertThat(states.get(profile).watched()).containsExactly(watched);
    }

    @Test
    void aResetAppliedAfterALaterRatingKeepsThatRating() {
        String profile = newProfile();
        String before = newMediaId(MediaType.MOVIE);
        String later = newMediaId(MediaType.MOVIE);
        handler.handle(received(RatingGivenEvent.of(profile, before, 3, RatingSource.UI)));
        TopicPosition resetAt = new TopicPosition(0, OFFSET.incrementAndGet());
        // Two API requests at once: the rating sent after the reset reaches the writer first.
        handler.handle(received(RatingGivenEvent.of(profile, later, 8, RatingSource.UI)));
        handler.handle(new ReceivedRating(ProfileResetEvent.of(profile, RatingSource.UI), resetAt));

        assertThat(ratingsInDatabase(profile)).containsExactlyEntriesOf(Map.of(later, 8));
        assertThat(states.get(profile).ratings()).isEqualTo(ratingsInDatabase(profile));
    }

    @Test
    void aBatchTheDatabaseRefusesIsAppliedOneByOneAndOnlyThePoisonEventIsDeadLettered() {
        String profile = newProfile();
        String poisoned = newProfile();
        String first = newMediaId(MediaType.MOVIE);
        String second = newMediaId(MediaType.MOVIE);
        Instant now = Instant.now();
        long processedBefore = processed();
        String trigger = "poison_" + poisoned.replace('-', '_');
        sql("CREATE TRIGGER " + trigger + " BEFORE INSERT ON ratings WHEN NEW.profile = '" + poisoned
                + "' BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END");
        try {
            RatingGivenEvent poison = RatingGivenEvent.imported(poisoned, first, 5, RatingSource.IMPORT, now);
            incoming.ratings(batch(List.of(
                    record(profile, RatingGivenEvent.imported(profile, first, 9, RatingSource.IMPORT, now)),
                    record(poisoned, poison),
                    record(profile, RatingGivenEvent.imported(profile, second, 4, RatingSource.IMPORT, now)))));

            assertThat(ratingsInDatabase(profile)).containsExactlyInAnyOrderEntriesOf(Map.of(first, 9, second, 4));
            assertThat(states.get(profile).ratings()).isEqualTo(ratingsInDatabase(profile));
            assertThat(processed()).isEqualTo(processedBefore + 2);
            // Nothing of the poison event stayed: not its profile (made in the transaction that failed), not its id.
            assertThat(states.sortedNames()).doesNotContain(poisoned);
            Object applied = QuarkusTransaction.requiringNew().call(() -> AppliedEventEntity.findById(
                    poison.eventId().toString()));
            assertThat(applied).isNull();
            List<ConsumerRecord<String, String>> letters = deadLetters(poisoned, 1);
            assertThat(letters).hasSize(1);
            assertThat(EventCodec.decode(letters.get(0).value(), RatingGivenEvent.class)).isEqualTo(poison);
            assertThat(TopicClient.header(letters.get(0), "dead-letter-reason")).isNotBlank();
        } finally {
            sql("DROP TRIGGER IF EXISTS " + trigger);
        }
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }

    private static ConsumerRecords<String, String> batch(List<ConsumerRecord<String, String>> records) {
        return new ConsumerRecords<>(Map.of(new TopicPartition(Topics.RATINGS, 0), records), Map.of());
    }

    /** As the API applies its events: at the position Kafka acknowledged, here the next offset of the batches. */
    private static ReceivedRating received(RatingEvent event) {
        return new ReceivedRating(event, new TopicPosition(0, OFFSET.incrementAndGet()));
    }

    private static ConsumerRecord<String, String> record(String key, RatingEvent event) {
        return record(key, EventCodec.encode(event));
    }

    private static ConsumerRecord<String, String> record(String key, String value) {
        return new ConsumerRecord<>(Topics.RATINGS, 0, OFFSET.incrementAndGet(), key, value);
    }

    private static ConsumerRecord<String, String> record(String key, RatingEvent event, long offset) {
        return new ConsumerRecord<>(Topics.RATINGS, 0, offset, key, EventCodec.encode(event));
    }

    private static Map<String, Integer> ratingsInDatabase(String profile) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<RatingEntity> ratings = new ArrayList<>(RatingEntity.listFor(profile));
            Map<String, Integer> byTitle = new LinkedHashMap<>();
            ratings.forEach(r -> byTitle.put(r.mediaId, r.rating));
            return byTitle;
        });
    }

    private static long processed() {
        return status().getLong("ratingsProcessed");
    }

    /** The dead letters keyed {@code key}, once at least {@code minimum} arrived. */
    private static List<ConsumerRecord<String, String>> deadLetters(String key, int minimum) {
        return await().atMost(WAIT).until(() -> TopicClient.forTestBroker()
                .read(Topics.deadLetter(Topics.RATINGS), Integer.MAX_VALUE, Duration.ofSeconds(2)).stream()
                .filter(r -> key.equals(r.key())).toList(), found -> found.size() >= minimum);
    }
}
