package org.copydesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleQuery;
import org.copydesk.render.Sanitizer;
import org.copydesk.storage.ArticleRepository;
import org.copydesk.storage.Database;
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
        try (Database db = Database.open(file)) {
            ArticleRepository repo = new ArticleRepository(db);
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
                Article clean = draft.toBuilder().bodyHtml(Sanitizer.clean(draft.bodyHtml())).build();
                long t1 = System.nanoTime();
                repo.saveWorkingCopy(clean);
                long t2 = System.nanoTime();
                if (i >= 50) {
                    save[i - 50] = t2 - t1;
                    sanitizeAndSave[i - 50] = t2 - t0;
                }
            }
            System.out.println("autosave, database write only:  " + Stats.ofNanos(save));
            System.out.println("autosave, sanitise + write:      " + Stats.ofNanos(sanitizeAndSave));
        }
    }

    static void search(Path out, int articles) throws Exception {
        Corpus corpus = new Corpus();
        Path file = out.resolve("search-" + articles + ".db");
        if (!Files.exists(file)) {
            System.out.println("building " + file + " with " + articles + " articles from " + corpus.origin + " ...");
            long t0 = System.nanoTime();
            try (Database db = Database.open(file)) {
                fill(new ArticleRepository(db), corpus, articles, 1200);
            }
            System.out.printf("built in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        try (Database db = Database.open(file)) {
            ArticleRepository repo = new ArticleRepository(db);
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

    static void fill(ArticleRepository repo, Corpus corpus, int count, int chars) {
        Random r = new Random(42);
        int batch = 1000;
        for (int done = 0; done < count; done += batch) {
            List<Article> list = new ArrayList<>();
            for (int i = 0; i < Math.min(batch, count - done); i++) {
                list.add(corpus.article(r, chars / 2 + r.nextInt(chars)));
            }
            repo.createAll(list);
        }
    }
}
