package org.copydesk.proof;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.copydesk.domain.Article;
import org.copydesk.domain.Finding;
import org.copydesk.domain.SiteProfile;
import org.copydesk.l10n.Messages;
import org.copydesk.text.BodyText;
import org.copydesk.text.RecentCache;
import org.copydesk.text.spelling.ConfusionSets;
import org.copydesk.text.spelling.DeskUsage;
import org.copydesk.text.spelling.SpellingModel;
import org.copydesk.text.spelling.VariantForms;

/**
 * The proofreading engine: every rule over every field and paragraph of an article, findings in
 * reading order. Rules the desk switched off are skipped; dismissed findings are filtered by the
 * caller, which knows the article's history.
 */
public final class Checker {

    /** The order findings are listed in: fields top to bottom as the page shows them, then the body. */
    private static final List<String> FIELD_ORDER = List.of("title", "subtitle", "channel", "source", "author", "editor",
            "summary", "keywords", Finding.BODY);

    /** Fields and paragraphs whose findings are kept: the preview checks the same ones again at every refresh. */
    private static final int KEPT = 4096;

    private final SiteProfile profile;
    private final List<Rule> rules;
    /**
     * Each rule's findings in a field or paragraph, by its text (rules see nothing else of it, but
     * for the next paragraph's where {@link Rule#readsFollowing()}), filled in as the rules are first
     * run on it; a rule switched off is not run until it is switched on.
     */
    private final RecentCache<Key, Kept> seen = new RecentCache<>(KEPT, RecentCache.TEXT, k -> k.text().length());

    /** What a segment's findings depend on: its field, its text, the language of the messages. */
    private record Key(String field, String text, Messages messages) {
    }

    /** A segment's findings by rule (null until that rule has run on it), and the next paragraph each saw. */
    private static final class Kept {
        final List<Finding>[] found;
        final String[] following;

        @SuppressWarnings("unchecked")
        Kept(int rules) {
            found = (List<Finding>[]) new List<?>[rules];
            following = new String[rules];
        }
    }

    public Checker(SiteProfile profile, WordLists lists) {
        this(profile, lists, DeskUsage.NONE);
    }

    /**
     * The checks with the desk's lists, and a spelling model that also knows the desk's words (its
     * dictionary and protected names) and what its archive writes.
     */
    public Checker(SiteProfile profile, WordLists lists, DeskUsage usage) {
        this.profile = profile;
        Set<String> deskWords = new HashSet<>(lists.dictionary());
        deskWords.addAll(lists.protectedNames());
        SpellingModel model = new SpellingModel(ConfusionSets.shipped(), deskWords, usage);
        this.rules = List.of(
                new ScriptRules.Pinyin(),
                new ScriptRules.WrongScript(profile.script()),
                new ScriptRules.Damage(),
                new PunctuationRules.HalfWidth(),
                new PunctuationRules.Pairs(),
                new PunctuationRules.Doubled(),
                new PunctuationRules.EllipsisDash(),
                new PunctuationRules.SpaceInChinese(),
                new WordRules.Repeated(),
                new SpellingRules.Misspelling(model),
                new SpellingRules.Variant(VariantForms.shipped(), profile.script()),
                new WordRules.Confusable(lists.confusables()),
                new WordRules.Banned(lists.banned()),
                new WordRules.Discouraged(lists.discouraged()),
                new WordRules.ProtectedName(lists),
                new NumberRules.Zero(),
                new NumberRules.Dates(false),
                new NumberRules.Dates(true),
                new ArticleRules.Required(),
                new ArticleRules.RemoteImage(),
                new ArticleRules.TitleLength(),
                new ArticleRules.BodyLength(),
                new ArticleRules.ImageCaption(),
                new ArticleRules.KeywordCount());
    }

    /** Every rule's id, in the order they run. */
    public List<String> ruleIds() {
        return rules.stream().map(Rule::id).toList();
    }

    public List<Finding> check(Article a) {
        return check(a, Set.of());
    }

    public List<Finding> check(Article a, Set<String> disabled) {
        Findings out = new Findings();
        List<Rule.Segment> segments = segments(a);
        List<List<Finding>[]> found = new ArrayList<>(segments.size());
        for (Rule.Segment s : segments) {
            found.add(findings(s, disabled));
        }
        List<Finding> all = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (disabled.contains(rule.id())) {
                continue;
            }
            rule.checkArticle(a, profile, out);
            all.addAll(out.list());
            out.list().clear();
            for (int i = 0; i < segments.size(); i++) {
                int paragraph = segments.get(i).paragraph();
                for (Finding f : found.get(i)[r]) {
                    all.add(f.paragraph() == paragraph ? f : new Finding(f.rule(), f.severity(), f.field(), paragraph, f.start(),
                            f.end(), f.text(), f.message(), f.suggestion()));
                }
            }
        }
        all = withoutSecondGuesses(all);
        all = SpellingRules.Misspelling.withoutTheArticlesNames(all, segments);
        all.sort(Comparator.comparingInt((Finding f) -> order(f.field())).thenComparingInt(Finding::paragraph)
                .thenComparingInt(Finding::start).thenComparing(Finding::rule));
        return all;
    }

    /**
     * Each rule's findings in one segment, as kept from an earlier check of the same text (the
     * paragraph index as it was then) or found now; the rules switched off are left empty.
     */
    @SuppressWarnings("unchecked")
    private List<Finding>[] findings(Rule.Segment s, Set<String> disabled) {
        Kept kept = seen.get(new Key(s.field(), s.text(), Messages.get()), k -> new Kept(rules.size()));
        List<Finding>[] out = (List<Finding>[]) new List<?>[rules.size()];
        synchronized (kept) {
            for (int r = 0; r < rules.size(); r++) {
                Rule rule = rules.get(r);
                if (disabled.contains(rule.id())) {
                    out[r] = List.of();
                    continue;
                }
                if (kept.found[r] == null || rule.readsFollowing() && !s.following().equals(kept.following[r])) {
                    Findings f = new Findings();
                    rule.check(s, f);
                    kept.found[r] = List.copyOf(f.list());
                    kept.following[r] = s.following();
                }
                out[r] = kept.found[r];
            }
        }
        return out;
    }

    /**
     * The spelling model's findings where a rule of the desk's own lists already speaks about the
     * same words (习进平 is a protected name's near miss before it is a misspelling): the list's
     * finding, with its own message, is the one kept.
     */
    private static List<Finding> withoutSecondGuesses(List<Finding> found) {
        List<Finding> lists = found.stream().filter(f -> LIST_RULES.contains(f.rule())).toList();
        List<Finding> out = new ArrayList<>(found.size());
        for (Finding f : found) {
            boolean guessed = f.rule().equals("misspelling") && lists.stream().anyMatch(l -> l.field().equals(f.field())
                    && l.paragraph() == f.paragraph() && l.start() < f.end() && f.start() < l.end());
            if (!guessed) {
                out.add(f);
            }
        }
        return out;
    }

    private static final Set<String> LIST_RULES = Set.of("protected-name", "confusable", "banned-term", "discouraged-term");

    private static int order(String field) {
        int i = FIELD_ORDER.indexOf(field);
        return i < 0 ? FIELD_ORDER.size() : i;
    }

    /** The pieces of text a check looks at: the text fields, then each body paragraph. */
    public static List<Rule.Segment> segments(Article a) {
        List<Rule.Segment> out = new ArrayList<>();
        String[][] fields = {{"title", a.title()}, {"subtitle", a.subtitle()}, {"summary", a.summary()},
                {"source", a.source()}, {"author", a.author()}, {"editor", a.editor()}};
        for (String[] f : fields) {
            if (!f[1].isEmpty()) {
                out.add(new Rule.Segment(f[0], -1, f[1]));
            }
        }
        List<String> paragraphs = BodyText.paragraphs(a.bodyHtml());
        for (int i = 0; i < paragraphs.size(); i++) {
            out.add(new Rule.Segment(Finding.BODY, i, paragraphs.get(i), i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : ""));
        }
        return out;
    }
}
