package io.plexrecommend.graph.mapping;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the knowledge graph: schema.org where it has one, {@code https://plex-recommend.io/ns#} for the rest,
 * and the IRI patterns of its nodes. These are part of the public {@code graph-triples} contract (see the README).
 */
public final class Vocabulary {

    public static final String BASE = "https://plex-recommend.io/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String NS = BASE + "ns#";

    public static final Resource MOVIE = schema("Movie");
    public static final Resource TV_SERIES = schema("TVSeries");
    public static final Resource MOVIE_SERIES = schema("MovieSeries");
    public static final Resource PERSON = schema("Person");
    public static final Resource ORGANIZATION = schema("Organization");
    public static final Resource GENRE = ns("Genre");
    public static final Resource KEYWORD = ns("Keyword");
    public static final Resource LANGUAGE = schema("Language");
    public static final Resource DECADE = ns("Decade");
    public static final Resource ENTITY = ns("Entity");

    public static final Property NAME = schemaProperty("name");
    public static final Property DATE_PUBLISHED = schemaProperty("datePublished");
    public static final Property GENRE_OF = schemaProperty("genre");
    public static final Property KEYWORDS = schemaProperty("keywords");
    public static final Property ACTOR = schemaProperty("actor");
    public static final Property DIRECTOR = schemaProperty("director");
    public static final Property CREATOR = schemaProperty("creator");
    public static final Property PRODUCTION_COMPANY = schemaProperty("productionCompany");
    public static final Property IS_PART_OF = schemaProperty("isPartOf");
    public static final Property IN_LANGUAGE = schemaProperty("inLanguage");
    public static final Property MENTIONS = schemaProperty("mentions");
    public static final Property DECADE_OF = ResourceFactory.createProperty(NS, "decade");
    public static final Property MEDIA_ID = ResourceFactory.createProperty(NS, "mediaId");

    /** The item's node and the name of its graph: {@code https://plex-recommend.io/media/movie:tmdb:603}. */
    public static String mediaIri(String mediaId) {
        return BASE + "media/" + mediaId;
    }

    public static String genreIri(String slug) {
        return BASE + "genre/" + slug;
    }

    public static String keywordIri(String slug) {
        return BASE + "keyword/" + slug;
    }

    public static String personIri(String slug) {
        return BASE + "person/" + slug;
    }

    public static String organizationIri(String slug) {
        return BASE + "organization/" + slug;
    }

    public static String collectionIri(String slug) {
        return BASE + "collection/" + slug;
    }

    /** An original language by its code: {@code https://plex-recommend.io/language/en}. */
    public static String languageIri(String slug) {
        return BASE + "language/" + slug;
    }

    /** A decade of release: {@code https://plex-recommend.io/decade/1990s}. */
    public static String decadeIri(String slug) {
        return BASE + "decade/" + slug;
    }

    /** A noun phrase or proper name mentioned in an overview: {@code https://plex-recommend.io/entity/computer-hacker}. */
    public static String entityIri(String slug) {
        return BASE + "entity/" + slug;
    }

    private static Resource schema(String localName) {
        return ResourceFactory.createResource(SCHEMA + localName);
    }

    private static Resource ns(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property schemaProperty(String localName) {
        return ResourceFactory.createProperty(SCHEMA, localName);
    }

    private Vocabulary() {
    }
}
