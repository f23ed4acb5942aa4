package org.copydesk.bench;

import org.copydesk.domain.WordListKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.domain.Article;
import org.copydesk.domain.Finding;
import org.copydesk.domain.Note;
import org.copydesk.l10n.Messages;
import org.copydesk.proof.Checker;
import org.copydesk.proof.ProofCorpus;
import org.copydesk.proof.WordLists;
import org.copydesk.site.PageRenderer;
import org.copydesk.site.ReviewMarks;
import org.copydesk.site.SiteProfiles;
import org.copydesk.text.BodyText;
import org.jsoup.nodes.Entities;

/**
 * Proofreading: recall on the planted-error corpus and false alarms on the clean copy; the time to
 * check a 20,000-character article warm, and the review copy of its preview page; and the bad inputs
 * (a 200,000-character article, a paragraph with no punctuation, mixed languages, an empty body, a
 * word list with duplicates and bad lines).
 */
public final class ProofBench {

    private ProofBench() {
    }

    static void run(Path out) {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
        Checker checker = new Checker(SiteProfiles.reference(), WordLists.defaults());
        quality(checker);
        speed(checker);
        badInput(checker);
    }

    private static void quality(Checker checker) {
        List<ProofCorpus.Planted> planted = ProofCorpus.planted();
        Map<String, int[]> byRule = new TreeMap<>();
        int found = 0;
        for (ProofCorpus.Planted p : planted) {
            boolean hit = ProofCorpus.found(p, checker.check(p.article()));
            found += hit ? 1 : 0;
            int[] c = byRule.computeIfAbsent(p.rule(), k -> new int[2]);
            c[0] += hit ? 1 : 0;
            c[1]++;
        }
        System.out.printf("proof recall: %d of %d planted errors found at their place = %.1f%%%n", found, planted.size(),
                100.0 * found / planted.size());
        byRule.forEach((rule, c) -> System.out.printf("  %-24s %d/%d%n", rule, c[0], c[1]));
        int chars = 0;
        List<Finding> alarms = new ArrayList<>();
        for (Article a : ProofCorpus.clean()) {
            chars += BodyText.characterCount(a.title() + BodyText.plain(a.bodyHtml()));
            alarms.addAll(checker.check(a));
        }
        System.out.printf("proof false alarms: %d on %,d characters of clean copy = %.2f per 10,000 characters%n",
                alarms.size(), chars, alarms.size() * 10_000.0 / chars);
        alarms.forEach(f -> System.out.println("  alarm: " + f.rule() + " \"" + f.text() + "\""));
    }

    /** Clean copy repeated (with the corpus's own errors planted in) to about {@code target} characters. */
    public static Article article(int target) {
        List<String> paragraphs = new ArrayList<>();
        for (Article a : ProofCorpus.clean()) {
            paragraphs.addAll(BodyText.paragraphs(a.bodyHtml()));
        }
        List<ProofCorpus.Planted> planted = ProofCorpus.planted();
        StringBuilder body = new StringBuilder();
        int chars = 0;
        int i = 0;
        while (chars < target) {
            String p = paragraphs.get(i % paragraphs.size());
            if (i % 7 == 3) {
                // one planted error every seven paragraphs, so the marks have something to mark
                p = BodyText.paragraphs(planted.get(i % planted.size()).article().bodyHtml()).get(0);
            }
            body.append("<p>").append(Entities.escape(p)).append("</p>");
            chars += p.length();
            i++;
        }
        return new Article.Builder().id(1).title("长篇稿件的标题").channel("要闻").source("编辑台").editor("罗文")
                .keywords(List.of("社区", "服务", "民生")).bodyHtml(body.toString()).build();
    }

    /** How long each of {@code n} checks takes, of the article {@code each} makes for its number. */
    static long[] timedChecks(Checker checker, int n, java.util.function.IntFunction<Article> each) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            Article e = each.apply(i);
            long s = System.nanoTime();
            checker.check(e);
            t[i] = System.nanoTime() - s;
        }
        return t;
    }

    private static void speed(Checker checker) {
        Article a = article(20_000);
        int chars = BodyText.characterCount(BodyText.plain(a.bodyHtml()));
        for (int i = 0; i < 30; i++) {
            checker.check(a);
        }
        long[] t = new long[60];
        int findings = 0;
        for (int i = 0; i < t.length; i++) {
            long s = System.nanoTime();
            findings = checker.check(a).size();
            t[i] = System.nanoTime() - s;
        }
        System.out.printf("check a %,d-character article (%d paragraphs, %d findings), warm: %s%n", chars,
                BodyText.paragraphs(a.bodyHtml()).size(), findings, Stats.ofNanos(t));
        System.out.printf("  one paragraph edited each time (typing): %s%n", Stats.ofNanos(timedChecks(checker, 30,
                i -> a.toBuilder().bodyHtml(a.bodyHtml().replaceFirst("<p>", "<p>第" + i + "次改动。")).build())));
        System.out.printf("  every paragraph changed each time (a desk-wide replace): %s%n", Stats.ofNanos(timedChecks(checker, 10,
                i -> a.toBuilder().bodyHtml(a.bodyHtml().replace("<p>", "<p>〔" + i + "〕")).build())));

        PageRenderer renderer = new PageRenderer(SiteProfiles.reference());
        List<Finding> found = checker.check(a);
        List<Note> notes = List.of(new Note(1, "n1", 1, 2, "", "请核实", "校对", java.time.Instant.EPOCH, null, null));
        for (int i = 0; i < 10; i++) {
            renderer.articlePage(a, List.of(), body -> ReviewMarks.body(body, found, notes));
        }
        long[] plain = new long[30];
        long[] marked = new long[30];
        for (int i = 0; i < plain.length; i++) {
            long s = System.nanoTime();
            renderer.articlePage(a, List.of());
            plain[i] = System.nanoTime() - s;
            s = System.nanoTime();
            List<Finding> f = checker.check(a);
            org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(renderer.articlePage(a, List.of(),
                    body -> ReviewMarks.body(body, f, notes)));
            ReviewMarks.page(doc, f, notes, Map.of("title", a.title()), "../assets/review.css");
            marked[i] = System.nanoTime() - s;
        }
        System.out.printf("preview page of that article: plain %s%n", Stats.ofNanos(plain));
        System.out.printf("review copy (check + marks + notes): %s%n", Stats.ofNanos(marked));
    }

    /** Timed twice: first by a checker that has not seen the text (rules warm), then again. */
    private static void firstAndAgain(String what, Article a) {
        Checker fresh = new Checker(SiteProfiles.reference(), WordLists.defaults());
        long s = System.nanoTime();
        int n = fresh.check(a).size();
        double first = (System.nanoTime() - s) / 1e6;
        s = System.nanoTime();
        fresh.check(a);
        System.out.printf("%s: %d findings, first check %.0f ms, again %.0f ms%n", what, n, first, (System.nanoTime() - s) / 1e6);
    }

    private static void badInput(Checker checker) {
        firstAndAgain("200,000-character article", article(200_000));
        String run = "社区服务持续改善居民满意度不断提高".repeat(3_000);
        firstAndAgain(String.format("one paragraph of %,d characters with no punctuation", run.length()),
                new Article.Builder().title("无标点").bodyHtml("<p>" + run + "</p>").build());

        Article mixed = new Article.Builder().title("Mixed 混合 텍스트").bodyHtml("<p>The WHO said on Monday, 5 May, that "
                + "世卫组织表示 the outbreak is contained. Это тест. これはテストです。 Visit https://example.org/a,b?c=1.</p>").build();
        System.out.println("mixed-language paragraph: " + checker.check(mixed).stream().map(Finding::rule).toList());
        Article empty = new Article.Builder().title("").bodyHtml("").build();
        System.out.println("empty article: " + checker.check(empty).stream().map(f -> f.rule() + ":" + f.field()).toList());

        String list = "某某集团\n某某集团\n坏词=好词\n\n# 注释\n" + "一个词\n".repeat(2);
        WordLists parsed = WordLists.parse(Map.of(WordListKind.BANNED, list));
        System.out.println("word list with duplicates and a bad line: " + parsed.problems().stream()
                .map(p -> "line " + p.line() + " " + p.reason()).toList());
    }
}
