package io.plexrecommend.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private static MediaItem matrix() {
        return MediaItem.builder().type(MediaType.MOVIE).source("catalog").externalIds(ExternalIds.tmdb(603))
                .title("The Matrix").year(1999).genres(List.of("Action")).releaseDate(LocalDate.of(1999, 3, 30))
                .build();
    }

    @Test
    void roundTripsEveryEventThroughItsTopicInterface() {
        MediaItemEvent discovered = MediaDiscoveredEvent.of(matrix());
        MediaItemEvent removed = MediaRemovedEvent.of("movie:tmdb:603", "gone");
        RatingEvent rating = RatingGivenEvent.of("alice", "movie:tmdb:603", 9, RatingSource.UI);

        assertThat(EventCodec.decode(EventCodec.encode(discovered), MediaItemEvent.class)).isEqualTo(discovered);
        assertThat(EventCodec.decode(EventCodec.encode(removed), MediaItemEvent.class)).isEqualTo(removed);
        assertThat(EventCodec.decode(EventCodec.encode(rating), RatingEvent.class)).isEqualTo(rating);
        assertThat(discovered.key()).isEqualTo("movie:tmdb:603");
        assertThat(rating.key()).isEqualTo("alice");
    }

    @Test
    void vectorsSurviveTheWireExactly() {
        float[] vector = { 0.1f, -0.25f, 1e-7f, 0.6f };
        float[] features = { 1f, 0f, 0.5f };
        var event = MediaEmbeddedEvent.of("movie:tmdb:603", "m", vector, "sha256:x").withFeatures("f-v1", features);
        var decoded = EventCodec.decode(EventCodec.encode(event), MediaEmbeddedEvent.class);
        assertThat(decoded.vector()).containsExactly(vector);
        assertThat(decoded.features()).containsExactly(features);
        assertThat(decoded.featureSchema()).isEqualTo("f-v1");
    }

    @Test
    void readsAnEmbeddingPublishedWithoutFeatures() {
        String json = EventCodec.encode(MediaEmbeddedEvent.of("movie:tmdb:603", "m", new float[] { 1f }, "h"))
                .replace(",\"featureSchema\":null,\"features\":null", "");
        assertThat(json).doesNotContain("features");
        assertThat(EventCodec.decode(json, MediaEmbeddedEvent.class).features()).isNull();
    }

    @Test
    void rejectsANewerSchemaVersionInsteadOfMisreadingIt() {
        String json = EventCodec.encode(RatingGivenEvent.of("alice", "movie:tmdb:603", 9, RatingSource.UI))
                .replace("\"schemaVersion\":1", "\"schemaVersion\":2");
        assertThatThrownBy(() -> EventCodec.decode(json, RatingEvent.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("unsupported schemaVersion 2");
    }

    @Test
    void explainsWhatIsWrongWithABadEvent() {
        String outOfRange = EventCodec.encode(RatingGivenEvent.of("alice", "movie:tmdb:603", 9, RatingSource.UI))
                .replace("\"rating\":9", "\"rating\":11");
        assertThatThrownBy(() -> EventCodec.decode(outOfRange, RatingEvent.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("rating must be from 1 to 10");
        assertThatThrownBy(() -> EventCodec.decode("{not json", MediaItemEvent.class))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("unreadable");
        assertThatThrownBy(() -> EventCodec.decode("{\"eventType\":\"Nope\"}", MediaItemEvent.class))
                .isInstanceOf(InvalidEventException.class);
        String rating = EventCodec.encode(RatingGivenEvent.of("alice", "movie:tmdb:603", 9, RatingSource.UI));
        assertThatThrownBy(() -> EventCodec.decode(rating, MediaItemEvent.class))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void ignoresFieldsItDoesNotKnow() {
        String json = EventCodec.encode(MediaRemovedEvent.of("movie:tmdb:603", "gone"))
                .replace("{", "{\"addedLater\":true,");
        assertThat(EventCodec.decode(json, MediaItemEvent.class).mediaId()).isEqualTo("movie:tmdb:603");
    }

    @Test
    void importedRatingsHaveStableIdsSoAReimportIsIdempotent() {
        var at = java.time.Instant.parse("2020-01-01T00:00:00Z");
        assertThat(RatingGivenEvent.imported("bob", "movie:tmdb:1", 7, RatingSource.IMPORT, at).eventId())
                .isEqualTo(RatingGivenEvent.imported("bob", "movie:tmdb:1", 7, RatingSource.IMPORT, at).eventId());
    }
}
