package io.plexrecommend.recommender;

import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.broker.KafkaBrokerTestResource;
import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.events.RatingSource;
import io.plexrecommend.recommender.rating.RatingEntity;
import io.plexrecommend.recommender.rating.RatingHandler;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards stack.md pitfall 4: with Hibernate's SQLite dialect an IDENTITY id column that is not exactly
 * {@code INTEGER PRIMARY KEY} is no rowid alias, and rows get NULL ids while the entities seem to have one.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(FreshDatabaseTestResource.class)
class RatingIdentityTest {

    @Inject
    RatingHandler handler;

    @Inject
    EntityManager entityManager;

    @Test
    void generatedRatingIdsAreStoredInTheRowAndFindTheRowAgain() {
        String profile = Fixtures.newProfile();
        handler.handle(Received.next(RatingGivenEvent.of(profile, "movie:tmdb:1001", 7, RatingSource.API)));
        handler.handle(Received.next(RatingGivenEvent.of(profile, "movie:tmdb:1002", 3, RatingSource.API)));

        QuarkusTransaction.requiringNew().run(() -> {
            Number stored = (Number) entityManager.createNativeQuery(
                    "select count(*) from ratings where profile = ?1 and id is not null and id = rowid")
                    .setParameter(1, profile).getSingleResult();
            assertThat(stored.longValue()).as("rows whose id is a generated rowid alias").isEqualTo(2);
        });

        List<Long> ids = QuarkusTransaction.requiringNew()
                .call(() -> RatingEntity.listFor(profile).stream().map(r -> r.id).toList());
        assertThat(ids).hasSize(2).doesNotContainNull().doesNotHaveDuplicates();
        QuarkusTransaction.requiringNew().run(() -> {
            for (Long id : ids) {
                RatingEntity found = RatingEntity.findById(id);
                assertThat(found).as("rating with id %s read back by id", id).isNotNull();
                assertThat(found.profile).isEqualTo(profile);
            }
        });
    }
}
