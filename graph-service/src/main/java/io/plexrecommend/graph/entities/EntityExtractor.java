package io.plexrecommend.graph.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Finds the things an overview talks about: proper names ("Luke Skywalker", "Chicago") and noun compounds
 * ("drug lord", "computer hacker"), with Apache OpenNLP's English tokenizer and part-of-speech tagger (UD EWT
 * models from Maven Central). Adjectives and determiners are left out, so "a vicious drug lord" and "the drug lords"
 * both give {@code drug lord}. Generic words ({@link StopWords}) and fragments without letters are dropped.
 *
 * <p>The models are loaded once and shared; the tagger and tokenizer are not thread-safe, so each thread gets its own.
 */
public class EntityExtractor {

    private static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** Longer runs are usually a tagging mistake spanning a list ("Tim Roth Antonio Banderas"). */
    private static final int MAX_WORDS = 3;
    /**
     * Only the start of a text is read. The POS tagger's beam search costs far more than linear time on a long
     * text: a 1 MB overview kept a core busy for over ten minutes and stalled the whole consumer (issue 19). An
     * overview is a few hundred characters; the first 4,000 hold every entity worth linking.
     */
    public static final int MAX_TEXT_CHARS = 4_000;

    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<POSTaggerME> tagger;
    private final int maxEntities;

    public EntityExtractor(int maxEntities) {
        TokenizerModel tokenizerModel;
        POSModel posModel;
        try {
            tokenizerModel = new TokenizerModel(model(TOKENIZER_MODEL));
            posModel = new POSModel(model(POS_MODEL));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP models", e);
        }
        this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
        this.maxEntities = maxEntities;
    }

    private static URL model(String resource) {
        URL url = EntityExtractor.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return url;
    }

    /**
     * The entities of {@code text}, in order of first mention, each once, at most {@code maxEntities}: key = the
     * normalized form (lower case, last word of a common noun in the singular), value = that form as well (kept as
     * the node's name).
     */
    public List<String> extract(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String[] tokens = tokenizer.get().tokenize(head(text));
        String[] tags = tagger.get().tag(tokens);
        Map<String, Boolean> found = new LinkedHashMap<>();
        List<String> run = new ArrayList<>();
        Kind runKind = null;
        for (int i = 0; i <= tokens.length && found.size() < maxEntities; i++) {
            Kind kind = i < tokens.length ? Kind.of(tags[i], tokens[i]) : null;
            if (kind == null || kind != runKind) {
                flush(run, runKind, found);
                run.clear();
                runKind = kind;
            }
            if (kind != null) {
                run.add(tokens[i]);
            }
        }
        return found.keySet().stream().limit(maxEntities).toList();
    }

    /** At most {@link #MAX_TEXT_CHARS}, cut at a space when there is one, so no word is cut in half. */
    static String head(String text) {
        if (text.length() <= MAX_TEXT_CHARS) {
            return text;
        }
        int space = text.lastIndexOf(' ', MAX_TEXT_CHARS);
        return text.substring(0, space > MAX_TEXT_CHARS / 2 ? space : MAX_TEXT_CHARS);
    }

    private static void flush(List<String> run, Kind kind, Map<String, Boolean> found) {
        if (run.isEmpty() || run.size() > MAX_WORDS) {
            return;
        }
        List<String> words = new ArrayList<>();
        for (String token : run) {
            String word = token.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return;
        }
        if (kind == Kind.COMMON) {
            int last = words.size() - 1;
            words.set(last, Singular.of(words.get(last)));
        }
        String phrase = String.join(" ", words);
        if (phrase.length() >= 3 && phrase.chars().anyMatch(Character::isLetter) && !StopWords.contains(phrase)) {
            found.putIfAbsent(phrase, Boolean.TRUE);
        }
    }

    /** Proper names and common nouns form separate runs: "Chicago drug lord" gives "chicago" and "drug lord". */
    private enum Kind {
        PROPER, COMMON;

        /** Accepts the UD tags of the bundled model and the Penn tags of older OpenNLP models. */
        static Kind of(String tag, String token) {
            if (!token.chars().anyMatch(Character::isLetterOrDigit)) {
                return null;
            }
            return switch (tag) {
                case "PROPN", "NNP", "NNPS" -> PROPER;
                case "NOUN", "NN", "NNS" -> COMMON;
                default -> null;
            };
        }
    }
}
