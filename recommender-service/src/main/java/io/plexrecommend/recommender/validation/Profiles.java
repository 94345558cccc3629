package io.plexrecommend.recommender.validation;

import io.plexrecommend.events.RatingGivenEvent;
import io.plexrecommend.rest.Echo;

/** Checks a profile name the same way the rating event does, as a request error. */
public final class Profiles {

    public static String require(String profile) {
        try {
            return RatingGivenEvent.requireProfile(profile);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(Echo.within(e.getMessage(), profile));
        }
    }

    private Profiles() {
    }
}
