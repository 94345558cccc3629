package io.plexrecommend.graph.mapping;

import static io.plexrecommend.graph.mapping.Vocabulary.*;

import io.plexrecommend.events.MediaItem;
import io.plexrecommend.events.MediaType;
import io.plexrecommend.graph.config.GraphConfig;
import io.plexrecommend.graph.entities.EntityExtractor;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * An item's facts as the triples of its named graph. Genre, keyword, person, studio and collection nodes are shared
 * by IRI across items, but their type and name are stated inside each item's graph, so dropping one item's graph
 * leaves nothing of it behind and every graph is complete on its own.
 */
@Singleton
public class MediaGraphMapper {

    /**
     * Bounds on one item's graph, whatever a producer sent: a list of thousands of genres or a 1 MB name would make
     * a graph event larger than the broker takes (1 MB by default), and its batch could then never be acknowledged.
     * Real items stay far below both.
     */
    static final int MAX_NAMES_PER_LIST = 100;
    /** Names and titles longer than this are cut (titles) or skipped (names of linked nodes). */
    static final int MAX_NAME_CHARS = 500;

    private final int maxCast;
    private final int maxKeywords;
    private final EntityExtractor entities;

    @Inject
    public MediaGraphMapper(GraphConfig config, EntityExtractor entities) {
        this(config.maxCast(), config.maxKeywords(), entities);
    }

    public MediaGraphMapper(int maxCast, int maxKeywords, EntityExtractor entities) {
        this.maxCast = maxCast;
        this.maxKeywords = maxKeywords;
        this.entities = entities;
    }

    public Model toModel(MediaItem item) {
        Model model = ModelFactory.createDefaultModel();
        Resource self = model.createResource(mediaIri(item.mediaId()));
        self.addProperty(RDF.type, item.type() == MediaType.MOVIE ? MOVIE : TV_SERIES);
        self.addProperty(NAME, cut(item.title().strip()));
        self.addProperty(MEDIA_ID, item.mediaId());
        if (item.year() != null && item.year() > 0 && item.year() <= 9999) {
            self.addProperty(DATE_PUBLISHED, String.format("%04d", item.year()), XSDDatatype.XSDgYear);
        }
        link(self, GENRE_OF, item.genres(), Integer.MAX_VALUE, Vocabulary::genreIri, GENRE);
        link(self, KEYWORDS, item.keywords(), maxKeywords, Vocabulary::keywordIri, KEYWORD);
        link(self, ACTOR, item.cast(), maxCast, Vocabulary::personIri, PERSON);
        link(self, DIRECTOR, item.directors(), Integer.MAX_VALUE, Vocabulary::personIri, PERSON);
        link(self, CREATOR, item.creators(), Integer.MAX_VALUE, Vocabulary::personIri, PERSON);
        link(self, PRODUCTION_COMPANY, item.studios(), Integer.MAX_VALUE, Vocabulary::organizationIri, ORGANIZATION);
        if (item.collection() != null) {
            link(self, IS_PART_OF, List.of(item.collection()), 1, Vocabulary::collectionIri, MOVIE_SERIES);
        }
        if (item.originalLanguage() != null) {
            link(self, IN_LANGUAGE, List.of(item.originalLanguage()), 1, Vocabulary::languageIri, LANGUAGE,
                    MediaGraphMapper::languageName);
        }
        if (item.year() != null && item.year() > 0 && item.year() <= 9999) {
            link(self, DECADE_OF, List.of((item.year() / 10 * 10) + "s"), 1, Vocabulary::decadeIri, DECADE);
        }
        link(self, MENTIONS, entities.extract(item.overview()), Integer.MAX_VALUE, Vocabulary::entityIri, ENTITY);
        return model;
    }

    /** Links {@code self} to the first {@code limit} distinct named nodes; the first spelling of a slug names it. */
    private static void link(Resource self, Property property, List<String> names, int limit,
            UnaryOperator<String> iriOfSlug, Resource type) {
        link(self, property, names, limit, iriOfSlug, type, UnaryOperator.identity());
    }

    private static String cut(String title) {
        return title.length() <= MAX_NAME_CHARS ? title : title.substring(0, MAX_NAME_CHARS) + "…";
    }

    /** A language code's English name ({@code en} → English); the code itself when Java does not know it. */
    private static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }

    private static void link(Resource self, Property property, List<String> names, int limit,
            UnaryOperator<String> iriOfSlug, Resource type, UnaryOperator<String> nameOf) {
        Map<String, String> nameBySlug = new LinkedHashMap<>();
        for (String name : names) {
            if (nameBySlug.size() >= Math.min(limit, MAX_NAMES_PER_LIST)) {
                break;
            }
            String label = name.strip();
            if (label.length() > MAX_NAME_CHARS) {
                continue;
            }
            Slugs.slug(label).ifPresent(slug -> nameBySlug.putIfAbsent(slug, label));
        }
        Model model = self.getModel();
        nameBySlug.forEach((slug, label) -> {
            Resource node = model.createResource(iriOfSlug.apply(slug))
                    .addProperty(RDF.type, type)
                    .addProperty(NAME, nameOf.apply(label));
            self.addProperty(property, node);
        });
    }
}
