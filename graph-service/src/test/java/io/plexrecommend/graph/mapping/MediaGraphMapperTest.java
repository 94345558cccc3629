package io.plexrecommend.graph.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.plexrecommend.graph.TestItems;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class MediaGraphMapperTest {

    private final MediaGraphMapper mapper = TestItems.mapper(15, 30);

    private static Resource node(String iri) {
        return ResourceFactory.createResource(iri);
    }

    @Test
    void movieHasTypeNameYearAndEdgesToNamedNodes() {
        Model model = mapper.toModel(TestItems.movie("movie:tmdb:603").build());
        Resource movie = node("https://plex-recommend.io/media/movie:tmdb:603");

        assertThat(model.contains(movie, RDF.type, Vocabulary.MOVIE)).isTrue();
        assertThat(model.contains(movie, Vocabulary.NAME, "The Matrix")).isTrue();
        assertThat(model.contains(movie, Vocabulary.MEDIA_ID, "movie:tmdb:603")).isTrue();
        assertThat(model.contains(movie, Vocabulary.DATE_PUBLISHED,
                model.createTypedLiteral("1999", XSDDatatype.XSDgYear))).isTrue();
        Resource genre = node("https://plex-recommend.io/genre/science-fiction");
        assertThat(model.contains(movie, Vocabulary.GENRE_OF, genre)).isTrue();
        assertThat(model.contains(genre, Vocabulary.NAME, "Science Fiction")).isTrue();
        assertThat(model.contains(genre, RDF.type, Vocabulary.GENRE)).isTrue();
        assertThat(model.contains(movie, Vocabulary.KEYWORDS,
                node("https://plex-recommend.io/keyword/virtual-reality"))).isTrue();
        Resource keanu = node("https://plex-recommend.io/person/keanu-reeves");
        assertThat(model.contains(movie, Vocabulary.ACTOR, keanu)).isTrue();
        assertThat(model.contains(keanu, RDF.type, Vocabulary.PERSON)).isTrue();
        assertThat(model.contains(movie, Vocabulary.DIRECTOR,
                node("https://plex-recommend.io/person/lana-wachowski"))).isTrue();
        assertThat(model.contains(movie, Vocabulary.PRODUCTION_COMPANY,
                node("https://plex-recommend.io/organization/warner-bros-pictures"))).isTrue();
        assertThat(model.contains(movie, Vocabulary.IS_PART_OF,
                node("https://plex-recommend.io/collection/the-matrix-collection"))).isTrue();
    }

    @Test
    void showIsATvSeriesWithCreators() {
        Model model = mapper.toModel(TestItems.show("show:tvdb:70533").build());
        Resource show = node("https://plex-recommend.io/media/show:tvdb:70533");

        assertThat(model.contains(show, RDF.type, Vocabulary.TV_SERIES)).isTrue();
        assertThat(model.contains(show, Vocabulary.CREATOR,
                node("https://plex-recommend.io/person/david-lynch"))).isTrue();
        assertThat(model.listObjectsOfProperty(show, Vocabulary.DIRECTOR).toList()).isEmpty();
    }

    @Test
    void blankAndDuplicateValuesAreSkippedAndCastIsCapped() {
        var item = TestItems.movie("movie:tmdb:1").genres(List.of("Drama", " ", "drama", "?!"))
                .cast(List.of("A One", "B Two", "C Three")).build();
        Model model = TestItems.mapper(2, 30).toModel(item);
        Resource movie = node("https://plex-recommend.io/media/movie:tmdb:1");

        assertThat(model.listObjectsOfProperty(movie, Vocabulary.GENRE_OF).toList())
                .containsExactly(node("https://plex-recommend.io/genre/drama"));
        assertThat(model.listObjectsOfProperty(node("https://plex-recommend.io/genre/drama"), Vocabulary.NAME)
                .toList()).hasSize(1);
        assertThat(model.listObjectsOfProperty(movie, Vocabulary.ACTOR).toList()).hasSize(2)
                .doesNotContain(node("https://plex-recommend.io/person/c-three"));
    }

    @Test
    void languageDecadeAndOverviewEntitiesAreNodesToo() {
        var item = TestItems.movie("movie:tmdb:949").year(1995).originalLanguage("en")
                .overview("Obsessive master thief Neil McCauley leads a top-notch crew on various daring heists "
                        + "throughout Los Angeles while a mentally unstable detective, Vincent Hanna, pursues him.")
                .build();
        Model model = mapper.toModel(item);
        Resource movie = node("https://plex-recommend.io/media/movie:tmdb:949");

        Resource english = node("https://plex-recommend.io/language/en");
        assertThat(model.contains(movie, Vocabulary.IN_LANGUAGE, english)).isTrue();
        assertThat(model.contains(english, Vocabulary.NAME, "English")).isTrue();
        assertThat(model.contains(movie, Vocabulary.DECADE_OF, node("https://plex-recommend.io/decade/1990s")))
                .isTrue();
        assertThat(model.listObjectsOfProperty(movie, Vocabulary.MENTIONS).mapWith(n -> n.asResource().getURI())
                .toList()).contains("https://plex-recommend.io/entity/neil-mccauley",
                        "https://plex-recommend.io/entity/los-angeles", "https://plex-recommend.io/entity/master-thief",
                        "https://plex-recommend.io/entity/detective");
        assertThat(model.contains(node("https://plex-recommend.io/entity/master-thief"), RDF.type,
                Vocabulary.ENTITY)).isTrue();
    }

    @Test
    void itemWithoutKeywordsCastOverviewOrYearHasOnlyWhatItKnows() {
        var item = TestItems.movie("movie:tmdb:2").keywords(List.of()).cast(List.of()).directors(List.of())
                .studios(List.of()).collection(null).overview(null).year(null).genres(List.of()).build();
        Model model = mapper.toModel(item);
        Resource movie = node("https://plex-recommend.io/media/movie:tmdb:2");

        assertThat(model.listStatements(movie, null, (org.apache.jena.rdf.model.RDFNode) null).toList())
                .extracting(st -> st.getPredicate().getURI())
                .containsExactlyInAnyOrder(RDF.type.getURI(), Vocabulary.NAME.getURI(),
                        Vocabulary.MEDIA_ID.getURI());
    }

    @Test
    void namesWithRdfSignificantCharactersGiveValidIrisAndLiterals() {
        String nasty = "Dwayne \"The Rock\" <Johnson> & co. {x} | ^`\\ \n 🎬 Ça";
        var item = TestItems.movie("movie:tmdb:3").title("Tit\"le <with> \\ \"quotes\"\n")
                .cast(List.of(nasty, "\">< .", "黒澤 明")).keywords(List.of("<script>", "a\tb"))
                .overview("He said \"<b>hi</b>\" to Zoë in Reykjavík.").build();
        Model model = mapper.toModel(item);

        java.io.StringWriter out = new java.io.StringWriter();
        org.apache.jena.riot.RDFDataMgr.write(out, model, org.apache.jena.riot.Lang.NTRIPLES);
        Model reread = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(out.toString(), org.apache.jena.riot.Lang.NTRIPLES).parse(reread);
        assertThat(reread.isIsomorphicWith(model)).as("N-Triples round trip").isTrue();
        model.listSubjects().forEach(subject -> assertThat(org.apache.jena.irix.IRIx.create(subject.getURI())
                .isReference()).isTrue());
        assertThat(model.contains(node("https://plex-recommend.io/person/dwayne-the-rock-johnson-co-x-ca"),
                Vocabulary.NAME, nasty.strip())).isTrue();
        assertThat(model.contains(node("https://plex-recommend.io/person/黒澤-明"), RDF.type, Vocabulary.PERSON))
                .isTrue();
        assertThat(model.listObjectsOfProperty(node("https://plex-recommend.io/media/movie:tmdb:3"),
                Vocabulary.ACTOR).toList()).hasSize(2);
    }
}
