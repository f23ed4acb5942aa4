package org.copydesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.copydesk.domain.Article;
import org.copydesk.domain.Finding;
import org.copydesk.domain.Severity;
import org.copydesk.l10n.Messages;
import org.copydesk.proof.Checker;
import org.copydesk.proof.ProofCorpus;
import org.copydesk.proof.WordLists;
import org.copydesk.site.SiteProfiles;
import org.copydesk.text.BodyText;
import org.copydesk.text.spelling.DeskUsage;
import org.copydesk.text.spelling.SpellingModel;
import org.jsoup.nodes.Entities;

/**
 * The spelling check on the two Chinese spelling sets in {@code ../shared/data/} (never copied into
 * the project): sentence-level detection and correction, character-level detection, false alarms
 * on the sets' clean sentences and on the project's clean copy, side by side with the rules before
 * the spelling model; with and without an archive (the news-channel set standing in for a desk's
 * published articles); then speed and memory.
 */
final class SpellingBench {

    /**
     * The rules whose findings mark characters. Punctuation and layout rules are left out (the sets
     * mark only characters), and so is the script rule: the sets were converted from Traditional and
     * keep Taiwan usage (著, 妳) that a Simplified site's script rule flags by design.
     */
    private static final Set<String> CHARACTER_RULES = Set.of("misspelling", "variant-form", "confusable", "repeated-word",
            "protected-name", "discouraged-term", "banned-term");
    private static final Set<String> NEW_RULES = Set.of("misspelling", "variant-form");
    private static final Path DATA = Path.of("..", "shared", "data");

    private SpellingBench() {
    }

    private record Pair(String wrong, String right) {
    }

    static void run(Path out) {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        long t0 = System.nanoTime();
        org.copydesk.text.tagging.Segmenter.load();
        org.copydesk.text.tagging.Segmenter.generalTotal();
        long hanlp = usedHeap();
        System.out.printf("HanLP loaded in %.1f s, heap %.0f MB%n", (System.nanoTime() - t0) / 1e9,
                hanlp / 1048576.0);
        t0 = System.nanoTime();
        org.copydesk.text.spelling.SpellingModel.general();
        org.copydesk.text.spelling.VariantForms.shipped();
        System.out.printf("spelling data (confusion sets, variants, word list) ready in %.2f s, heap +%.1f MB%n",
                (System.nanoTime() - t0) / 1e9, (usedHeap() - hanlp) / 1048576.0);
        long before = usedHeap();
        t0 = System.nanoTime();
        org.copydesk.text.spelling.SpellingModel.load();
        System.out.printf("open-gram trigram model and sound-alikes read in %.2f s, heap +%.1f MB%n", (System.nanoTime() - t0) / 1e9,
                (usedHeap() - before) / 1048576.0);
        Checker plain = new Checker(SiteProfiles.reference(), WordLists.defaults());
        t0 = System.nanoTime();
        List<String> archiveTexts = archiveTexts();
        DeskUsage archive = DeskUsage.of(archiveTexts);
        System.out.printf("archive (the news-channel set as a desk's articles) counted: %,d characters, %,d pairs written"
                + " often, in %.1f s%n", archive.characters(), archive.pairs(), (System.nanoTime() - t0) / 1e9);
        Checker withArchive = new Checker(SiteProfiles.reference(), WordLists.defaults(), archive);
        for (String set : List.of("odw", "sighan15")) {
            List<Pair> pairs = read(DATA.resolve("dev_csc_" + set + ".tsv"));
            System.out.printf("%n%s (%d sentences, %d with errors)%n", set, pairs.size(),
                    pairs.stream().filter(p -> !p.wrong().equals(p.right())).count());
            System.out.println("  rules                          detect P   R     F1   | correct P  R     F1   | char R  char P | false alarms /10k clean chars"
                    + " | as pycorrector counts: detect P F1, correct P F1 | flagged not exactly: all, of them only errors found");
            evaluate("  before the spelling model", plain, pairs, r -> CHARACTER_RULES.contains(r) && !NEW_RULES.contains(r), false);
            evaluate("  with it, no archive", plain, pairs, CHARACTER_RULES::contains, false);
            evaluate("  with it, errors only", plain, pairs, CHARACTER_RULES::contains, true);
            evaluate("  with it and the archive", withArchive, pairs, CHARACTER_RULES::contains, false);
            misses(pairs);
        }
        corpus(plain);
        news(archiveTexts);
        speed();
    }

    private static void evaluate(String label, Checker checker, List<Pair> pairs, java.util.function.Predicate<String> rules,
                                 boolean errorsOnly) {
        int wrongSentences = 0;
        int detectTp = 0;
        int correctTp = 0;
        int flagged = 0;
        int goldChars = 0;
        int foundChars = 0;
        int findingsAll = 0;
        int findingsRight = 0;
        long cleanChars = 0;
        int cleanAlarms = 0;
        int cleanFlagged = 0;
        int inPart = 0;
        for (Pair p : pairs) {
            List<Finding> fs = new ArrayList<>();
            for (Finding f : checker.check(article(p.wrong()))) {
                if (f.field().equals(Finding.BODY) && rules.test(f.rule()) && (!errorsOnly || f.severity() == Severity.ERROR)) {
                    fs.add(f);
                }
            }
            List<Integer> gold = new ArrayList<>();
            for (int i = 0; i < p.wrong().length(); i++) {
                if (p.wrong().charAt(i) != p.right().charAt(i)) {
                    gold.add(i);
                }
            }
            if (gold.isEmpty()) {
                cleanChars += p.wrong().length();
                cleanAlarms += fs.size();
                flagged += fs.isEmpty() ? 0 : 1;
                cleanFlagged += fs.isEmpty() ? 0 : 1;
                continue;
            }
            wrongSentences++;
            goldChars += gold.size();
            for (int g : gold) {
                foundChars += fs.stream().anyMatch(f -> f.start() <= g && g < f.end()) ? 1 : 0;
            }
            for (Finding f : fs) {
                findingsAll++;
                findingsRight += gold.stream().anyMatch(g -> f.start() <= g && g < f.end()) ? 1 : 0;
            }
            if (fs.isEmpty()) {
                continue;
            }
            flagged++;
            boolean allGold = gold.stream().allMatch(g -> fs.stream().anyMatch(f -> f.start() <= g && g < f.end()));
            boolean noneStray = fs.stream().allMatch(f -> gold.stream().anyMatch(g -> f.start() <= g && g < f.end()));
            inPart += !allGold && noneStray ? 1 : 0;
            if (allGold && noneStray) {
                detectTp++;
                if (corrected(p.wrong(), fs).equals(p.right())) {
                    correctTp++;
                }
            }
        }
        double dp = detectTp / (double) Math.max(1, flagged);
        double dr = detectTp / (double) wrongSentences;
        double cp = correctTp / (double) Math.max(1, flagged);
        double cr = correctTp / (double) wrongSentences;
        // pycorrector's sentence-level count (its published SIGHAN table): a false positive is a clean
        // sentence flagged; a sentence with errors flagged wrongly or in part counts only against recall
        double lp = detectTp / (double) Math.max(1, detectTp + cleanFlagged);
        double lcp = correctTp / (double) Math.max(1, correctTp + cleanFlagged);
        System.out.printf("%-32s %.3f %.3f %.3f | %.3f %.3f %.3f | %.3f %.3f | %.1f | %.3f %.3f, %.3f %.3f | %d, %d%n", label, dp, dr, f1(dp, dr),
                cp, cr, f1(cp, cr), foundChars / (double) goldChars, findingsRight / (double) Math.max(1, findingsAll),
                cleanAlarms * 10_000.0 / Math.max(1, cleanChars), lp, f1(lp, dr), lcp, f1(lcp, cr),
                flagged - cleanFlagged - detectTp, inPart);
    }

    /**
     * Why each wrong character is or is not found, asked of the model with the sentence's other
     * errors put right: what bounds the recall of this model on this set.
     */
    private static void misses(List<Pair> pairs) {
        SpellingModel model = SpellingModel.general();
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (String k : List.of("left alone (another rule's, after a numeral)", "no candidate", "candidate makes no word",
                "model finds it less likely", "below the bar by 8 or more", "by 4 to 8", "by less than 4", "above it")) {
            counts.put(k, 0);
        }
        List<String> keys = new ArrayList<>(counts.keySet());
        int total = 0;
        for (Pair p : pairs) {
            for (int i = 0; i < p.wrong().length(); i++) {
                if (p.wrong().charAt(i) == p.right().charAt(i)) {
                    continue;
                }
                StringBuilder one = new StringBuilder(p.right()).replace(i, i + 1, p.wrong().substring(i, i + 1));
                SpellingModel.Judgement j = model.judge(one.toString(), i, p.right().charAt(i));
                double short_ = j.need() - j.gain();
                String key = switch (j.verdict()) {
                    case GUARDED -> keys.get(0);
                    case NO_CANDIDATE -> keys.get(1);
                    case NO_WORD -> keys.get(2);
                    case LESS_LIKELY -> keys.get(3);
                    case BELOW -> short_ >= 8 ? keys.get(4) : short_ >= 4 ? keys.get(5) : keys.get(6);
                    case ABOVE -> keys.get(7);
                };
                counts.merge(key, 1, Integer::sum);
                total++;
            }
        }
        StringBuilder line = new StringBuilder();
        counts.forEach((k, v) -> line.append(line.length() == 0 ? "" : "; ").append(k).append(' ').append(v));
        System.out.printf("  its %d wrong characters, each alone (the others put right), one-character corrections: %s%n", total, line);
    }

    private static String corrected(String text, List<Finding> fs) {
        StringBuilder b = new StringBuilder(text);
        List<Finding> sorted = new ArrayList<>(fs);
        sorted.sort((a, c) -> Integer.compare(c.start(), a.start()));
        int limit = Integer.MAX_VALUE;
        for (Finding f : sorted) {
            if (f.end() <= limit && !f.suggestion().isEmpty()) {
                b.replace(f.start(), f.end(), f.suggestion());
                limit = f.start();
            }
        }
        return b.toString();
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static void corpus(Checker checker) {
        int planted = 0;
        int found = 0;
        for (ProofCorpus.Planted p : ProofCorpus.planted()) {
            planted++;
            found += ProofCorpus.found(p, checker.check(p.article())) ? 1 : 0;
        }
        int chars = 0;
        List<Finding> alarms = new ArrayList<>();
        for (Article a : ProofCorpus.clean()) {
            chars += BodyText.characterCount(a.title() + BodyText.plain(a.bodyHtml()));
            alarms.addAll(checker.check(a));
        }
        System.out.printf("%nthe project's corpus: %d of %d planted errors found; %d false alarms on %,d characters of clean copy%n",
                found, planted, alarms.size(), chars);
        alarms.forEach(f -> System.out.println("  alarm: " + f.rule() + " \"" + f.text() + "\""));
    }

    /**
     * 200,000 characters of published news (the channel set, a different decade and beat from the
     * spelling sets): how many misspellings the check reports there and how long a first check of
     * that much distinct copy takes. The copy has typos of its own, so not every finding is false;
     * the first ones are printed to be read.
     */
    private static void news(List<String> texts) {
        Checker fresh = new Checker(SiteProfiles.reference(), WordLists.defaults());
        List<Finding> found = new ArrayList<>();
        int chars = 0;
        int articles = 0;
        long s = System.nanoTime();
        for (String text : texts) {
            if (chars >= 200_000) {
                break;
            }
            StringBuilder body = new StringBuilder();
            for (String p : text.split("[\\s\u3000]+")) {
                if (!p.isEmpty()) {
                    body.append("<p>").append(Entities.escape(p)).append("</p>");
                    chars += p.length();
                }
            }
            Article a = new Article.Builder().id(1).title("标题").bodyHtml(body.toString()).build();
            fresh.check(a).stream().filter(f -> f.rule().equals("misspelling")).forEach(found::add);
            articles++;
        }
        System.out.printf("%npublished news (the channel set), %d articles, %,d characters, checked first in %.1f s: %d misspellings, %.1f"
                + " per 10,000 characters (not all false: the copy has typos of its own)%n", articles, chars, (System.nanoTime() - s) / 1e9,
                found.size(), found.size() * 10_000.0 / chars);
        found.stream().limit(Integer.getInteger("shown", 15)).forEach(f -> System.out.println("  " + f.text() + " → " + f.suggestion()));
    }

    private static void speed() {
        Checker checker = new Checker(SiteProfiles.reference(), WordLists.defaults());
        System.out.println();
        Article a = ProofBench.article(20_000);
        long s = System.nanoTime();
        checker.check(a);
        System.out.printf("a 20,000-character article, first check (nothing cached): %.0f ms%n", (System.nanoTime() - s) / 1e6);
        System.out.printf("  again, paragraphs unchanged (the preview refreshing): %s%n",
                Stats.ofNanos(ProofBench.timedChecks(checker, 40, i -> a)));
        System.out.printf("  again, one paragraph edited (typing): %s%n", Stats.ofNanos(ProofBench.timedChecks(checker, 20,
                i -> a.toBuilder().bodyHtml(a.bodyHtml().replaceFirst("<p>", "<p>第" + i + "次改动。")).build())));
        Article big = ProofBench.article(200_000);
        s = System.nanoTime();
        checker.check(big);
        System.out.printf("a 200,000-character article, first check: %.0f ms%n", (System.nanoTime() - s) / 1e6);
        String run = "社区服务持续改善居民满意度不断提高".repeat(3_000);
        s = System.nanoTime();
        checker.check(article(run));
        System.out.printf("one paragraph of %,d characters with no punctuation: %.0f ms%n", run.length(), (System.nanoTime() - s) / 1e6);
        String traditional = "經濟日報記者報導，國務院今天發佈關於進一步優化營商環境的意見，強調簡政放權。".repeat(50);
        s = System.nanoTime();
        List<Finding> tf = checker.check(article(traditional));
        System.out.printf("Traditional text (%,d characters): %d traditional-script findings, %d misspelling findings, %.0f ms%n",
                traditional.length(), tf.stream().filter(f -> f.rule().equals("traditional-script")).count(),
                tf.stream().filter(f -> f.rule().equals("misspelling")).count(), (System.nanoTime() - s) / 1e6);
        String latin = "GDP 3.5% Q3 2024: revenue USD 1,234,567; iPhone 15 Pro / A17 芯片 5G 网络 2024-05-01 12:30".repeat(100);
        s = System.nanoTime();
        List<Finding> lf = checker.check(article(latin));
        System.out.printf("mostly Latin and numbers (%,d characters): %d misspelling findings, %.0f ms%n", latin.length(),
                lf.stream().filter(f -> f.rule().equals("misspelling")).count(), (System.nanoTime() - s) / 1e6);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    private static Article article(String text) {
        return new Article.Builder().id(1).title("标题").bodyHtml("<p>" + Entities.escape(text) + "</p>").build();
    }

    private static List<Pair> read(Path file) {
        try {
            List<Pair> out = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String[] f = line.split("\t");
                if (f.length >= 3 && f[1].length() == f[2].length()) {
                    out.add(new Pair(f[1], f[2]));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> archiveTexts() {
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(DATA.resolve("dev_news_channels.tsv"))) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    out.add(line.substring(tab + 1));
                }
            }
            return out.subList(1, out.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
