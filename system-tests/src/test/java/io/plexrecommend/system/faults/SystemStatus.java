package io.plexrecommend.system.faults;

import com.fasterxml.jackson.databind.JsonNode;
import io.plexrecommend.system.Http;

/** The recommender's {@code GET /api/status} counts: what the whole pipeline has delivered to the product. */
record SystemStatus(long itemsKnown, long itemsEmbedded, long itemsInGraph, long ratingsProcessed, JsonNode raw) {

    static SystemStatus of(String recommenderUrl) {
        JsonNode json = Http.get(recommenderUrl + "/api/status").json();
        return new SystemStatus(json.get("itemsKnown").asLong(), json.get("itemsEmbedded").asLong(),
                json.get("itemsInGraph").asLong(), json.get("ratingsProcessed").asLong(), json);
    }

    @Override
    public String toString() {
        return raw.toString();
    }
}
