package org.copydesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleQuery;
import org.copydesk.service.Desk;
import org.copydesk.service.DeskCopy;
import org.copydesk.site.SiteProfiles;
import org.copydesk.support.TestPostgres;

/**
 * The shared desk on PostgreSQL beside the desk in a file, in one run: search over N articles (the
 * same articles, copied across with migrate), an autosave of a 20,000-character article, and the
 * time for one client's save to reach another. With {@code trgm}, also the same searches as ILIKE
 * over a pg_trgm index, for the record of the index choice (some minutes more).
 */
final class SharedBench {

    private static final String[] QUERIES = {"比赛", "健康", "国际", "学生", "汽车", "中国队", "发动机", "世界杯", "教育部", "解放军",
        "梯", "的", "冠军联赛", "心血管疾病", "新能源汽车", "NBA", "2006"};

    private SharedBench() {
    }

    static void run(Path out, int articles, boolean trigrams) throws Exception {
        String why = TestPostgres.unavailable();
        if (why != null) {
            System.out.println("no PostgreSQL: " + why);
            return;
        }
        Corpus corpus = new Corpus();
        Path file = out.resolve("search-" + articles + ".db");
        if (!Files.exists(file)) {
            System.out.println("building " + file + " with " + articles + " articles from " + corpus.origin + " ...");
            try (Desk desk = Desk.open(file)) {
                StorageBench.fill(desk.drafts(), corpus, articles, 1200);
            }
        }
        String address = TestPostgres.newDatabase();
        try (Desk local = Desk.open(file); Desk shared = Desk.openShared(address, TestPostgres.PASSWORD, SiteProfiles.reference(), "bench")) {
            long t0 = System.nanoTime();
            DeskCopy.copy(local, shared, (t, n) -> { });
            System.out.printf("migrate --to: %d articles copied, indexed and counted in %.1f s%n", shared.drafts().count(),
                    (System.nanoTime() - t0) / 1e9);
            vacuum(address);

            System.out.println("search (list of up to 500, newest first), median of 15 runs per query:");
            System.out.println("  query        shown    SQLite (ms)   PostgreSQL (ms)   ratio");
            List<Double> sqlite = new ArrayList<>();
            List<Double> pg = new ArrayList<>();
            for (int warm = 0; warm < 2; warm++) {
                for (String q : QUERIES) {
                    local.drafts().list(ArticleQuery.all().withSearch(q));
                    shared.drafts().list(ArticleQuery.all().withSearch(q));
                }
            }
            for (String q : QUERIES) {
                Stats a = time(() -> local.drafts().list(ArticleQuery.all().withSearch(q)).size());
                Stats b = time(() -> shared.drafts().list(ArticleQuery.all().withSearch(q)).size());
                int shownHere = local.drafts().list(ArticleQuery.all().withSearch(q)).size();
                int shownThere = shared.drafts().list(ArticleQuery.all().withSearch(q)).size();
                sqlite.add(a.median());
                pg.add(b.median());
                System.out.printf("  %-10s %4d/%-4d  %9.2f     %11.2f     %5.1fx%n", q, shownHere, shownThere, a.median(), b.median(),
                        b.median() / a.median());
            }
            Stats sa = new Stats(sqlite.stream().mapToDouble(Double::doubleValue).toArray());
            Stats sb = new Stats(pg.stream().mapToDouble(Double::doubleValue).toArray());
            System.out.printf("search, median of query medians: SQLite %.2f ms, PostgreSQL %.2f ms (%.1fx); slowest %.2f vs %.2f ms%n",
                    sa.median(), sb.median(), sb.median() / sa.median(), sa.max(), sb.max());

            if (trigrams) {
                trigrams(address);
            }
        }
        saves(out, address);
        propagation(address);
    }

    private static void saves(Path out, String address) throws Exception {
        Corpus corpus = new Corpus();
        Random r = new Random(7);
        Path file = out.resolve("shared-autosave.db");
        Files.deleteIfExists(file);
        try (Desk local = Desk.open(file); Desk shared = Desk.openShared(address, TestPostgres.PASSWORD, SiteProfiles.reference(), "bench")) {
            Article draft = corpus.article(r, 20_000);
            Stats a = autosave(local, draft);
            Stats b = autosave(shared, draft);
            System.out.printf("autosave of a 20,000-character article: SQLite %s; PostgreSQL %s (median %.1fx)%n", a, b,
                    b.median() / a.median());
        }
    }

    private static Stats autosave(Desk desk, Article draft) {
        Article a = desk.drafts().create(draft);
        long[] t = new long[250];
        for (int i = 0; i < t.length + 50; i++) {
            Article edited = a.toBuilder().bodyHtml(a.bodyHtml().replaceFirst("</p>", "字".repeat(i % 7 + 1) + "</p>")).build();
            long t0 = System.nanoTime();
            a = desk.drafts().saveWorkingCopy(edited);
            if (i >= 50) {
                t[i - 50] = System.nanoTime() - t0;
            }
        }
        return Stats.ofNanos(t);
    }

    /** One client saves; how long until another client hears it (LISTEN/NOTIFY), 100 times. */
    private static void propagation(String address) throws Exception {
        try (Desk writer = Desk.openShared(address, TestPostgres.PASSWORD, SiteProfiles.reference(), "甲");
             Desk reader = Desk.openShared(address, TestPostgres.PASSWORD, SiteProfiles.reference(), "乙")) {
            Article a = writer.drafts().create(new Corpus().article(new Random(3), 1200));
            BlockingQueue<Long> heard = new ArrayBlockingQueue<>(1000);
            try (AutoCloseable watch = reader.live().watch(id -> heard.add(System.nanoTime()))) {
                // the listener starts on its own thread: wait until it hears
                while (heard.poll(200, TimeUnit.MILLISECONDS) == null) {
                    a = writer.drafts().saveWorkingCopy(a);
                }
                Thread.sleep(300);
                heard.clear();
                long[] saveToHeard = new long[100];
                long[] saveToReread = new long[100];
                for (int i = 0; i < saveToHeard.length; i++) {
                    long t0 = System.nanoTime();
                    a = writer.drafts().saveWorkingCopy(a.toBuilder().title("标题 " + i).build());
                    Long at = heard.poll(5, TimeUnit.SECONDS);
                    if (at == null) {
                        throw new IllegalStateException("a change was not heard");
                    }
                    saveToHeard[i] = at - t0;
                    reader.drafts().get(a.id());
                    saveToReread[i] = System.nanoTime() - t0;
                    Thread.sleep(20);
                }
                System.out.println("a save reaching another client: save + NOTIFY heard " + Stats.ofNanos(saveToHeard)
                        + "; and the article read again there " + Stats.ofNanos(saveToReread)
                        + " (the window then waits up to 0.5 s to gather a burst)");
            }
        }
    }

    /** The same searches as ILIKE '%q%' over a pg_trgm GIN index of the same text. */
    private static void trigrams(String address) throws Exception {
        String db = TestPostgres.databaseOf(address);
        try {
            TestPostgres.admin(db, "CREATE EXTENSION IF NOT EXISTS pg_trgm");
        } catch (RuntimeException e) {
            System.out.println("pg_trgm: not available (" + e.getMessage() + ")");
            return;
        }
        Properties p = new Properties();
        p.setProperty("user", TestPostgres.USER);
        p.setProperty("password", TestPostgres.PASSWORD);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + TestPostgres.port() + "/" + db, p);
             Statement st = c.createStatement()) {
            long t0 = System.nanoTime();
            st.execute("CREATE TABLE trgm_probe AS SELECT id, updated_at, title || ' ' || body_html AS text FROM article WHERE deleted_at IS NULL");
            st.execute("CREATE INDEX trgm_probe_text ON trgm_probe USING GIN (text gin_trgm_ops)");
            st.execute("ANALYZE trgm_probe");
            System.out.printf("pg_trgm: index built in %.1f s; size %s (the bigram tsvector index: %s)%n", (System.nanoTime() - t0) / 1e9,
                    one(st, "SELECT pg_size_pretty(pg_relation_size('trgm_probe_text'))"),
                    one(st, "SELECT pg_size_pretty(pg_relation_size('article_search'))"));
            List<Double> all = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM trgm_probe WHERE text ILIKE ? ORDER BY updated_at DESC LIMIT 500")) {
                for (String q : QUERIES) {
                    ps.setString(1, "%" + q + "%");
                    long[] t = new long[5];
                    int n = 0;
                    for (int i = 0; i < t.length; i++) {
                        long s = System.nanoTime();
                        n = 0;
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                n++;
                            }
                        }
                        t[i] = System.nanoTime() - s;
                    }
                    Stats stats = Stats.ofNanos(t);
                    all.add(stats.median());
                    System.out.printf("  pg_trgm ILIKE %-10s %4d shown  median %8.2f ms%n", q, n, stats.median());
                }
            }
            Stats s = new Stats(all.stream().mapToDouble(Double::doubleValue).toArray());
            System.out.printf("pg_trgm ILIKE, median of query medians %.2f ms, slowest %.2f ms%n", s.median(), s.max());
            st.execute("DROP TABLE trgm_probe");
        }
    }

    private static String one(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void vacuum(String address) {
        TestPostgres.admin(TestPostgres.databaseOf(address), "VACUUM ANALYZE");
    }

    private interface Query {
        int run();
    }

    private static Stats time(Query q) {
        long[] t = new long[15];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            q.run();
            t[i] = System.nanoTime() - t0;
        }
        return Stats.ofNanos(t);
    }
}
