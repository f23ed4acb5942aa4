package org.copydesk.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.domain.ChannelSuggestion;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.domain.KeywordSuggestion;
import org.copydesk.domain.SiteProfile;
import org.copydesk.domain.Suggestions;
import org.copydesk.domain.KeywordUse;
import org.copydesk.storage.ArticleTable;
import org.copydesk.storage.Store;
import org.copydesk.storage.TaggerTable;
import org.copydesk.text.BodyText;
import org.copydesk.text.tagging.ChannelClassifier;
import org.copydesk.text.tagging.CueClassifier;
import org.copydesk.text.tagging.KeywordExtractor;
import org.copydesk.text.tagging.LearnedKeywords;
import org.copydesk.text.tagging.RelatedIndex;
import org.copydesk.text.tagging.Segmenter;
import org.copydesk.text.tagging.TermCounter;

/**
 * The tagger: channel and keyword suggestions and related news, learned from the desk's own archive.
 * {@link #load} (on a background thread) loads HanLP, teaches it the desk's vocabulary, counts the
 * terms of every article not counted before, and trains (or reloads) the channel classifier. After
 * that, suggestions for an article take milliseconds. All methods may block; none runs on the FX thread.
 */
public final class Tagger {

    private static final Logger LOG = Logger.getLogger(Tagger.class.getName());
    private static final String MODEL = "channel";
    /** Where the channel model trains while the rest of the tagger loads. */
    private static final java.util.concurrent.Executor TRAINING = task -> {
        Thread t = new Thread(task, "channel model");
        t.setDaemon(true);
        t.start();
    };
    /** Below this probability the tagger says it is unsure: the best channel must be more likely than not. */
    public static final double CONFIDENCE = 0.5;
    /** Fewer letters than this is too little text to suggest anything from. */
    private static final int MIN_TEXT = 40;
    /** A classifier needs this many labelled articles before it is trusted over the profile's cue words. */
    private static final int MIN_LABELLED = 10;
    private static final int KEYWORDS = 8;
    /** Stored at once, this many articles teach the channel model then and there. */
    private static final int LARGE_INTAKE = 1000;
    /** How many of the most similar tagged articles lend their keywords to a suggestion. */
    private static final int NEIGHBOURS = 10;

    /** How the tagger stands: what it learned from, and the labelled articles it could not use. */
    public record Status(boolean loaded, int labelled, List<String> channels, Map<String, Integer> unknownChannels) {
    }

    private final Store store;
    private final SiteProfile profile;
    private final RelatedIndex index = new RelatedIndex();
    private final Map<Long, String> indexedChannel = new HashMap<>();
    /** The keywords editors gave each article, for suggestions learned from them. */
    private final Map<Long, List<String>> keywordsById = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean loaded;
    private volatile ChannelClassifier classifier;
    private volatile Status status = new Status(false, 0, List.of(), Map.of());
    private volatile Map<String, Integer> vocabulary = Map.of();
    private volatile boolean stale;

    Tagger(Store store, SiteProfile profile) {
        this.store = store;
        this.profile = profile;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public Status status() {
        return status;
    }

    /** Loads everything the suggestions need; idempotent. */
    public synchronized void load() {
        if (loaded) {
            return;
        }
        Set<String> known = prepareSegmenter();
        List<ArticleTable.CorpusEntry> corpus = corpus();
        // the channel model learns from the texts alone: it trains (or is read back) beside the counting and the index
        java.util.concurrent.CompletableFuture<Runnable> model = java.util.concurrent.CompletableFuture.supplyAsync(() -> train(corpus),
                TRAINING);
        Map<Long, TaggerTable.Terms> cached = store.read(tx -> tx.tagger().allTerms());
        // articles not counted before (or changed since) are counted on every core
        List<TaggerTable.Terms> terms = corpus.parallelStream().map(e -> {
            String digest = digest(e.title(), e.summary(), e.bodyHtml());
            TaggerTable.Terms t = cached.get(e.id());
            return t != null && t.digest().equals(digest) ? t : count(e.id(), digest, e.title(), e.summary(), e.bodyHtml(), known);
        }).toList();
        List<TaggerTable.Terms> counted = new ArrayList<>();
        List<RelatedIndex.Entry> entries = new ArrayList<>(corpus.size());
        for (int i = 0; i < corpus.size(); i++) {
            ArticleTable.CorpusEntry e = corpus.get(i);
            TaggerTable.Terms t = terms.get(i);
            if (t != cached.get(e.id())) {
                counted.add(t);
            }
            entries.add(new RelatedIndex.Entry(e.id(), e.channel(), t.counts(), e.keywords()));
            indexedChannel.put(e.id(), e.channel());
            keywordsById.put(e.id(), List.copyOf(e.keywords()));
        }
        index.putAll(entries);
        index.prepare();
        putTerms(counted);
        try {
            model.join().run();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        loaded = true;
        LOG.info(() -> "tagger loaded: " + corpus.size() + " articles, " + counted.size() + " newly counted");
    }

    /**
     * Articles just stored in bulk (new ones, an import, a package received, a desk-wide replace): their terms are counted
     * now, on every core, and kept in the database, so that loading the tagger over a large archive
     * reads the counts instead of making them; a loaded tagger takes the articles into its index too.
     * A thousand or more at once (an archive brought in) also train the channel model, kept likewise.
     */
    public synchronized void stored(java.util.Collection<Long> ids) {
        if (ids.isEmpty() || store.readOnly()) {
            return;
        }
        try {
            countStored(ids);
        } catch (RuntimeException e) {
            // the counts are a cache: what is not counted now is counted when the tagger loads
            LOG.log(Level.WARNING, "could not count the terms of " + ids.size() + " stored articles; the tagger counts them on loading", e);
        }
    }

    private void countStored(java.util.Collection<Long> ids) {
        List<Article> articles = store.read(tx -> {
            List<Article> out = new ArrayList<>(ids.size());
            for (long id : ids) {
                tx.articles().find(id).ifPresent(out::add);
            }
            return out;
        });
        Set<String> known = loaded ? vocabulary.keySet() : prepareSegmenter();
        List<TaggerTable.Terms> terms = articles.parallelStream()
                .map(a -> count(a.id(), digest(a.title(), a.summary(), a.bodyHtml()), a.title(), a.summary(), a.bodyHtml(), known))
                .toList();
        putTerms(terms);
        if (loaded) {
            take(articles, terms);
        }
        // a large intake (an archive brought in) teaches the channel model at once and keeps it, so
        // the next load reads it back instead of training
        if (articles.size() >= LARGE_INTAKE && articles.stream().anyMatch(a -> !a.channel().isEmpty())) {
            Runnable model = train(corpus());
            if (loaded) {
                model.run();
            }
        }
    }

    /**
     * An import of many files has ended, {@code articles} stored in all: a large intake teaches the
     * channel model now, as one file of as many would have (read back, not trained again, when a file
     * of the import already did).
     */
    public synchronized void intakeEnded(int articles) {
        if (articles < LARGE_INTAKE || store.readOnly()) {
            return;
        }
        try {
            Runnable model = train(corpus());
            if (loaded) {
                model.run();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not train the channel model after an import; the tagger trains it on loading", e);
        }
    }

    /** Loads HanLP and teaches it the profile's terms and the desk's vocabulary; returns the vocabulary. */
    private Set<String> prepareSegmenter() {
        Segmenter.load();
        org.copydesk.text.tagging.DocumentFrequencies.prepare();
        refreshVocabulary();
        List<String> words = new ArrayList<>(profile.terms());
        words.addAll(vocabulary.keySet());
        Segmenter.addWords(words);
        return vocabulary.keySet();
    }

    private static TaggerTable.Terms count(long id, String digest, String title, String summary, String bodyHtml, Set<String> known) {
        return new TaggerTable.Terms(id, digest, TermCounter.count(text(title, summary, bodyHtml), known).counts());
    }

    /** Puts counted articles into the loaded index; a changed channel means retraining, new keywords a larger vocabulary. */
    private void take(List<Article> articles, List<TaggerTable.Terms> terms) {
        List<RelatedIndex.Entry> entries = new ArrayList<>(articles.size());
        boolean keywords = false;
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            entries.add(new RelatedIndex.Entry(a.id(), a.channel(), terms.get(i).counts(), a.keywords()));
            keywordsById.put(a.id(), List.copyOf(a.keywords()));
            String before;
            synchronized (indexedChannel) {
                before = indexedChannel.put(a.id(), a.channel());
            }
            if (!a.channel().equals(before == null ? "" : before)) {
                stale = true;
            }
            if (!a.keywords().isEmpty()) {
                keywords = true;
            }
        }
        index.putAll(entries);
        if (keywords) {
            refreshVocabulary();
            Segmenter.addWords(articles.stream().flatMap(a -> a.keywords().stream()).distinct().toList());
        }
    }

    private void refreshVocabulary() {
        Map<String, Integer> v = new HashMap<>();
        for (KeywordUse w : vocabularyWords()) {
            v.put(w.word(), w.uses());
        }
        vocabulary = Map.copyOf(v);
    }

    /** The desk's keywords and their uses (deleted words left out), most used first. */
    public List<KeywordUse> vocabularyWords() {
        return store.read(tx -> tx.tagger().vocabulary());
    }

    private List<ArticleTable.CorpusEntry> corpus() {
        return store.read(tx -> tx.articles().corpus());
    }

    /** Keeps counted terms in the database (not on a desk opened read-only: they are only a cache). */
    private void putTerms(List<TaggerTable.Terms> terms) {
        if (terms.isEmpty() || store.readOnly()) {
            return;
        }
        store.write(tx -> {
            tx.tagger().putTerms(terms);
            return null;
        });
    }

    /**
     * Trains the channel classifier on the labelled articles, or reads back the saved one if nothing
     * changed; returns what puts it in place (so that training may run beside other work).
     */
    private Runnable train(List<ArticleTable.CorpusEntry> corpus) {
        List<ArticleTable.CorpusEntry> labelled = new ArrayList<>();
        Map<String, Integer> unknown = new TreeMap<>();
        StringBuilder fingerprint = new StringBuilder();
        for (ArticleTable.CorpusEntry e : corpus) {
            if (e.channel().isEmpty()) {
                continue;
            }
            if (profile.channel(e.channel()).isEmpty()) {
                unknown.merge(e.channel(), 1, Integer::sum);
                continue;
            }
            labelled.add(e);
            fingerprint.append(e.id()).append(':').append(e.channel()).append(';');
        }
        List<String> channels = labelled.stream().map(ArticleTable.CorpusEntry::channel).distinct().sorted().toList();
        ChannelClassifier model = null;
        if (labelled.size() >= MIN_LABELLED && channels.size() >= 2) {
            String fp = digest(fingerprint.toString(), "", "");
            Optional<byte[]> saved = store.read(tx -> tx.tagger().model(MODEL, fp));
            if (saved.isPresent()) {
                try {
                    model = ChannelClassifier.fromBytes(saved.get());
                } catch (java.io.IOException e) {
                    LOG.log(Level.WARNING, "the saved channel model is damaged or from an earlier version; training it again", e);
                }
            }
            if (model == null) {
                // the articles' texts are read only when the model is trained again
                model = ChannelClassifier.train(labelled.parallelStream().map(e -> new ChannelClassifier.Example(
                        e.title() + "\n" + e.summary() + "\n" + BodyText.quickText(e.bodyHtml()), e.channel())).toList());
                byte[] bytes = model.toBytes();
                if (!store.readOnly()) {
                    store.write(tx -> {
                        tx.tagger().putModel(MODEL, fp, bytes);
                        return null;
                    });
                }
            }
        }
        ChannelClassifier trained = model;
        Status learned = new Status(true, labelled.size(), channels, Map.copyOf(unknown));
        return () -> {
            classifier = trained;
            stale = false;
            status = learned;
        };
    }

    /** Trains again if an article's channel changed since the last training. */
    public synchronized void retrainIfStale() {
        if (loaded && stale) {
            train(corpus()).run();
        }
    }

    /** Suggestions for an article (as the editor has it now, saved or not), eight keywords. */
    public Suggestions suggest(Article a) {
        return suggest(a, KEYWORDS);
    }

    /** Suggestions with up to {@code limit} keywords. */
    public Suggestions suggest(Article a, int limit) {
        load();
        String body = BodyText.plain(a.bodyHtml());
        String text = a.title() + "\n" + a.summary() + "\n" + body;
        long letters = text.codePoints().filter(Character::isLetterOrDigit).count();
        if (letters < MIN_TEXT) {
            return Suggestions.none();
        }
        ChannelClassifier model = classifier;
        ChannelSuggestion channel = model != null
                ? model.classify(a.title() + "\n" + a.summary() + "\n" + BodyText.quickText(a.bodyHtml()), CONFIDENCE)
                : CueClassifier.classify(text, profile.channels(), CONFIDENCE);
        Map<String, Integer> vocab = vocabulary;
        List<String> deleted = deletedWords();
        TermCounter.Counted titleTerms = TermCounter.count(a.title(), vocab.keySet());
        TermCounter.Counted bodyTerms = TermCounter.count(a.summary() + "\n" + body, vocab.keySet());
        List<KeywordSuggestion> extracted = KeywordExtractor.suggest(titleTerms, bodyTerms, 3 * limit + deleted.size(),
                index.frequencies(), vocab);
        // the keywords editors gave the most similar articles of the desk
        // the index weighs the query's strongest terms, as it keeps each article's
        Map<String, Integer> counts = new HashMap<>(bodyTerms.counts());
        titleTerms.counts().forEach((t, n) -> counts.merge(t, n, Integer::sum));
        List<LearnedKeywords.Neighbour> neighbours = new ArrayList<>();
        for (RelatedIndex.Hit h : index.related(a.id(), a.channel(), counts, List.of(), NEIGHBOURS)) {
            List<String> given = keywordsById.get(h.id());
            if (given != null && !given.isEmpty() && h.id() != a.id()) {
                neighbours.add(new LearnedKeywords.Neighbour(h.similarity(), given));
            }
        }
        List<KeywordSuggestion> keywords = LearnedKeywords.merge(extracted.stream().filter(k -> !deleted.contains(k.word())).toList(),
                neighbours.stream().map(n -> new LearnedKeywords.Neighbour(n.similarity(),
                        n.keywords().stream().filter(k -> !deleted.contains(k)).toList())).toList(), text, limit, vocab);
        return new Suggestions(channel, keywords, false);
    }

    private volatile List<String> deletedCache;

    private List<String> deletedWords() {
        List<String> d = deletedCache;
        if (d == null) {
            d = store.read(tx -> tx.tagger().deleted());
            deletedCache = d;
        }
        return d;
    }

    /** The articles most related to this one by content, same channel preferred. */
    public List<ArticleSummary> related(Article a, int limit) {
        load();
        String text = text(a.title(), a.summary(), a.bodyHtml());
        Map<String, Integer> counts = TermCounter.count(text, vocabulary.keySet()).counts();
        List<RelatedIndex.Hit> hits = index.related(a.id(), a.channel(), counts, a.keywords(), limit);
        List<ArticleSummary> out = new ArrayList<>();
        for (RelatedIndex.Hit h : hits) {
            store.read(tx -> tx.articles().find(h.id())).ifPresent(r -> out.add(new ArticleSummary(r.id(), r.title(), r.channel(), r.status(),
                    r.publishedAt(), r.updatedAt())));
        }
        return out;
    }

    /**
     * The numbers of the articles most related to this one by content, same channel preferred, among
     * those {@code allowed} (the articles on a published site), without reading them.
     */
    public List<Long> relatedIds(Article a, int limit, java.util.function.LongPredicate allowed) {
        load();
        String text = text(a.title(), a.summary(), a.bodyHtml());
        Map<String, Integer> counts = TermCounter.count(text, vocabulary.keySet()).counts();
        List<Long> out = new ArrayList<>();
        for (RelatedIndex.Hit h : index.related(a.id(), a.channel(), counts, a.keywords(), limit * 4)) {
            if (out.size() < limit && h.id() != a.id() && allowed.test(h.id())) {
                out.add(h.id());
            }
        }
        return out;
    }

    /** Tells the tagger an article was saved: its terms are counted again and a changed channel means retraining. */
    public void articleChanged(Article a) {
        if (!loaded) {
            return;
        }
        TaggerTable.Terms terms = count(a.id(), digest(a.title(), a.summary(), a.bodyHtml()), a.title(), a.summary(), a.bodyHtml(),
                vocabulary.keySet());
        putTerms(List.of(terms));
        take(List.of(a), List.of(terms));
    }

    public void articleRemoved(long id) {
        index.remove(id);
        keywordsById.remove(id);
        synchronized (indexedChannel) {
            if (indexedChannel.remove(id) != null) {
                stale = true;
            }
        }
    }

    /** Renames (or merges) a vocabulary word on every article; returns how many articles changed. */
    public int renameKeyword(String from, String to) {
        String target = to.strip();
        if (target.isEmpty() || target.equals(from)) {
            return 0;
        }
        int n = store.write(tx -> tx.tagger().rename(from, target))
                .orElseThrow(() -> new CopydeskException(Problem.KEYWORD_NOT_FOUND, from));
        refreshVocabulary();
        Segmenter.addWords(List.of(to));
        // what the neighbours lend follows the rename (or merge)
        keywordsById.replaceAll((id, given) -> given.contains(from)
                ? given.stream().map(k -> k.equals(from) ? target : k).distinct().toList() : given);
        return n;
    }

    public void deleteKeyword(String word) {
        store.write(tx -> {
            if (!tx.tagger().delete(word)) {
                throw new CopydeskException(Problem.KEYWORD_NOT_FOUND, word);
            }
            return null;
        });
        deletedCache = null;
        refreshVocabulary();
    }

    /** The text the tagger reads: title, summary and the body's paragraphs (the same shape {@link #suggest} builds). */
    static String text(String title, String summary, String bodyHtml) {
        return title + "\n" + summary + "\n" + BodyText.plain(bodyHtml);
    }

    /** Which version of an article some counted terms belong to. */
    static String digest(String title, String summary, String bodyHtml) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {title, summary, bodyHtml}) {
                md.update(part.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            byte[] h = md.digest();
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For reports: the unknown channels as "体育 ×7, 汽车 ×5". */
    public static String describeUnknown(Map<String, Integer> unknown) {
        return String.join(", ", unknown.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(e -> e.getKey() + " ×" + e.getValue()).toList());
    }
}
