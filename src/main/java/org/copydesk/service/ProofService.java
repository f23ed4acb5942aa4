package org.copydesk.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.domain.Article;
import org.copydesk.domain.CheckResult;
import org.copydesk.domain.Dismissal;
import org.copydesk.domain.Finding;
import org.copydesk.domain.SiteProfile;
import org.copydesk.domain.WordListKind;
import org.copydesk.domain.WordListProblem;
import org.copydesk.ingest.PageImporter;
import org.copydesk.proof.Checker;
import org.copydesk.proof.Rule;
import org.copydesk.proof.WordLists;
import org.copydesk.storage.ArticleTable;
import org.copydesk.storage.Store;
import org.copydesk.text.BodyText;
import org.copydesk.text.spelling.DeskUsage;

/**
 * Proofreading: the checks with the desk's word lists and rule switches in force, findings with the
 * ones a proofreader dismissed left out, and the lists and switches themselves. One per desk: it
 * keeps the lists in force. Methods may touch the database; none runs on the FX thread.
 */
public final class ProofService {

    /** How many characters on each side of a finding identify it when it is dismissed. */
    private static final int CONTEXT = 4;

    private final Store store;
    private final SiteProfile profile;
    private final ArticleWrites writes;
    private volatile Loaded loaded;
    /** What the archive writes, counted the first time a check needs it (null until then). */
    private volatile DeskUsage usage;

    ProofService(Store store, SiteProfile profile, ArticleWrites writes) {
        this.store = store;
        this.profile = profile;
        this.writes = writes;
    }

    /** The lists in force and the checker built on them, replaced together when a list changes. */
    private record Loaded(WordLists lists, Checker checker) {
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    WordLists lists = WordLists.parse(wordListTexts());
                    l = new Loaded(lists, new Checker(profile, lists, usage()));
                    loaded = l;
                }
            }
        }
        return l;
    }

    private synchronized void reload() {
        loaded = null;
    }

    // ---- word lists and rules --------------------------------------------------------------------

    /** The word lists in force: the desk's own copies where it has them, the shipped lists otherwise. */
    public WordLists wordLists() {
        return loaded().lists();
    }

    /** The text of each list as the desk edits it. */
    public Map<WordListKind, String> wordListTexts() {
        Map<String, String> own = store.read(tx -> tx.review().wordLists());
        Map<WordListKind, String> out = new EnumMap<>(WordListKind.class);
        for (WordListKind k : WordListKind.values()) {
            out.put(k, own.getOrDefault(k.file, WordLists.defaultText(k)));
        }
        return out;
    }

    /**
     * Stores the desk's copy of a list (as typed: a bad line stays, so it can be fixed) and puts it in
     * force; returns the lines of that list that could not be used.
     */
    public List<WordListProblem> saveWordList(WordListKind kind, String text) {
        putWordList(kind, text);
        return wordLists().problems().stream().filter(p -> p.kind() == kind).toList();
    }

    /** Goes back to the shipped list. */
    public void resetWordList(WordListKind kind) {
        putWordList(kind, null);
    }

    private void putWordList(WordListKind kind, String text) {
        store.write(tx -> {
            tx.review().putWordList(kind.file, text);
            return null;
        });
        reload();
    }

    /**
     * Adds a word to the desk's dictionary, so the spelling check takes it as right from now on (a
     * name it flagged once). Nothing changes when the word is blank or already there.
     */
    public void addToDictionary(String word) {
        String w = word.strip();
        if (w.isEmpty() || w.contains(" ") || w.contains("=") || wordLists().dictionary().contains(w)) {
            return;
        }
        String text = wordListTexts().get(WordListKind.DICTIONARY);
        putWordList(WordListKind.DICTIONARY, text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + w + "\n");
    }

    /**
     * Learns what the desk's archive writes (the character pairs of its articles), so the spelling
     * check leaves the names and set phrases of its beat alone; reads every live article, so it runs
     * in the background. Returns how many characters were read.
     */
    public long learnDeskUsage() {
        DeskUsage counted = countUsage();
        usage = counted;
        reload();
        return counted.characters();
    }

    private DeskUsage usage() {
        DeskUsage u = usage;
        if (u == null) {
            synchronized (this) {
                u = usage;
                if (u == null) {
                    u = countUsage();
                    usage = u;
                }
            }
        }
        return u;
    }

    private DeskUsage countUsage() {
        List<String> texts = new ArrayList<>();
        for (ArticleTable.CorpusEntry e : store.read(tx -> tx.articles().corpus())) {
            texts.add(e.title() + "\n" + e.summary() + "\n" + BodyText.quickText(e.bodyHtml()));
        }
        return DeskUsage.of(texts);
    }

    /** Every rule, in the order they run. */
    public List<String> ruleIds() {
        return loaded().checker().ruleIds();
    }

    public Set<String> disabledRules() {
        return store.read(tx -> tx.review().disabledRules());
    }

    public void setRuleEnabled(String rule, boolean enabled) {
        if (!ruleIds().contains(rule)) {
            throw new IllegalArgumentException("unknown rule: " + rule);
        }
        store.write(tx -> {
            tx.review().setRuleEnabled(rule, enabled);
            return null;
        });
    }

    // ---- checking --------------------------------------------------------------------------------

    /** Every finding of the enabled rules, with nothing dismissed: a file before import, a draft never stored. */
    public List<Finding> checkAll(Article a) {
        return loaded().checker().check(a, disabledRules());
    }

    /** The findings a proofreader still has to look at on a stored article (dismissed ones left out). */
    public CheckResult check(Article a) {
        List<Finding> all = checkAll(a);
        if (a.id() == 0) {
            return new CheckResult(all, 0);
        }
        Set<Dismissal> dismissed = store.read(tx -> tx.review().dismissals(a.id()));
        if (dismissed.isEmpty()) {
            return new CheckResult(all, 0);
        }
        List<Rule.Segment> segments = Checker.segments(a);
        List<Finding> active = new ArrayList<>();
        for (Finding f : all) {
            if (!dismissed.contains(dismissal(f, segments))) {
                active.add(f);
            }
        }
        return new CheckResult(active, all.size() - active.size());
    }

    /** Checks each article of a page file as it is, before any cleaning (nothing is stored). */
    public List<List<Finding>> checkFile(Path file) {
        List<List<Finding>> out = new ArrayList<>();
        for (Article a : new PageImporter(profile).asIs(file)) {
            out.add(checkAll(a));
        }
        return out;
    }

    /** Dismisses a finding for this article: it stays quiet while the words around it stay the same. */
    public void dismiss(Article a, Finding f, String who) {
        Dismissal d = dismissal(f, Checker.segments(a));
        store.write(tx -> {
            tx.review().dismiss(a.id(), d, who, writes.now());
            return null;
        });
    }

    /** Brings back every finding dismissed on the article; returns how many. */
    public int undismissAll(long articleId) {
        return store.write(tx -> tx.review().clearDismissals(articleId));
    }

    private static Dismissal dismissal(Finding f, List<Rule.Segment> segments) {
        String context = "";
        for (Rule.Segment s : segments) {
            if (s.field().equals(f.field()) && s.paragraph() == f.paragraph()) {
                String t = s.text();
                int from = Math.max(0, Math.min(t.length(), f.start()) - CONTEXT);
                int to = Math.min(t.length(), Math.max(f.end(), 0) + CONTEXT);
                context = from < to ? t.substring(from, to) : "";
                break;
            }
        }
        return new Dismissal(f.rule(), f.field(), f.text(), context);
    }
}
