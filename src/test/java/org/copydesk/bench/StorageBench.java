package org.copydesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleQuery;
import org.copydesk.markup.Sanitizer;
import org.copydesk.domain.NewArticle;
import org.copydesk.service.Desk;
import org.copydesk.service.DraftService;
import org.copydesk.text.BodyText;

/**
 * Autosave of a 20,000-character article (sanitise + write, on the writer thread) and search over
 * 100,000 articles.
 */
final class StorageBench {

    private StorageBench() {
    }

    static void autosave(Path out) throws Exception {
        Corpus corpus = new Corpus();
        Path file = out.resolve("autosave.db");
        Files.deleteIfExists(file);
        Files.deleteIfExists(out.resolve("autosave.db-wal"));
        Random r = new Random(7);
        try (Desk desk = Desk.open(file)) {
            DraftService repo = desk.drafts();
            Article a = repo.create(corpus.article(r, 20_000));
            String body = a.bodyHtml();
            System.out.printf("article: %d characters, %d paragraphs%n",
                    BodyText.stats(body).characters(), BodyText.stats(body).paragraphs());
            int rounds = 300;
            long[] save = new long[rounds];
            long[] sanitizeAndSave = new long[rounds];
            for (int i = 0; i < rounds + 50; i++) {
                // one keystroke's worth of change each time, as autosave sees it
                String edited = body.replaceFirst("</p>", "字".repeat(i % 7 + 1) + "</p>");
                Article draft = a.toBuilder().bodyHtml(edited).build();
                long t0 = System.nanoTime();
                Sanitizer.clean(draft.bodyHtml());
                long t1 = System.nanoTime();
                // the one write path: sanitise, the review rules, the store, on the writer thread
                repo.saveWorkingCopy(draft);
                long t2 = System.nanoTime();
                if (i >= 50) {
                    save[i - 50] = Math.max(0, (t2 - t1) - (t1 - t0));
                    sanitizeAndSave[i - 50] = t2 - t1;
                }
            }
            System.out.println("autosave, database write only (the whole save less its sanitising):  " + Stats.ofNanos(save));
            System.out.println("autosave, sanitise + write (DraftService.saveWorkingCopy):            " + Stats.ofNanos(sanitizeAndSave));
        }
    }

    static void search(Path out, int articles) throws Exception {
        Corpus corpus = new Corpus();
        Path file = out.resolve("search-" + articles + ".db");
        if (!Files.exists(file)) {
            System.out.println("building " + file + " with " + articles + " articles from " + corpus.origin + " ...");
            long t0 = System.nanoTime();
            try (Desk desk = Desk.open(file)) {
                fill(desk.drafts(), corpus, articles, 1200);
            }
            System.out.printf("built in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        try (Desk desk = Desk.open(file)) {
            DraftService repo = desk.drafts();
            System.out.println("articles: " + repo.count() + ", file " + Files.size(file) / (1024 * 1024) + " MB");
            String[] queries = {"比赛", "健康", "国际", "学生", "汽车", "中国队", "发动机", "世界杯", "教育部", "解放军",
                    "梯", "的", "冠军联赛", "心血管疾病", "新能源汽车", "考试 学生", "NBA", "2006"};
            for (int warm = 0; warm < 3; warm++) {
                for (String q : queries) {
                    repo.list(ArticleQuery.all().withSearch(q));
                }
            }
            List<Double> all = new ArrayList<>();
            for (String q : queries) {
                long[] t = new long[15];
                int hits = 0;
                for (int i = 0; i < t.length; i++) {
                    long t0 = System.nanoTime();
                    hits = repo.list(ArticleQuery.all().withSearch(q)).size();
                    t[i] = System.nanoTime() - t0;
                }
                Stats s = Stats.ofNanos(t);
                all.add(s.median());
                System.out.printf("  %-8s %4d shown  median %6.2f ms  p95 %6.2f ms%n", q, hits, s.median(), s.p(0.95));
            }
            System.out.println("search (list of up to 500, newest first), medians per query: "
                    + new Stats(all.stream().mapToDouble(Double::doubleValue).toArray()));
        }
    }

    static void fill(DraftService repo, Corpus corpus, int count, int chars) {
        Random r = new Random(42);
        int batch = 1000;
        for (int done = 0; done < count; done += batch) {
            List<NewArticle> list = new ArrayList<>();
            for (int i = 0; i < Math.min(batch, count - done); i++) {
                list.add(new NewArticle(corpus.article(r, chars / 2 + r.nextInt(chars)), List.of()));
            }
            repo.createAll(list);
        }
    }
}
