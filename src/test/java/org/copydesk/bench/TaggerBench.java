package org.copydesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.copydesk.domain.Article;
import org.copydesk.domain.Channel;
import org.copydesk.domain.SiteProfile;
import org.copydesk.domain.Suggestions;
import org.copydesk.site.SiteProfiles;
import org.copydesk.domain.NewArticle;
import org.copydesk.service.Desk;
import org.copydesk.service.DraftService;
import org.copydesk.service.Tagger;
import org.copydesk.text.tagging.ChannelClassifier;

/**
 * The tagger's channel accuracy and speed. Accuracy: ../shared/data/dev_news_channels.tsv split 80/20
 * with a fixed seed, Copydesk's classifier side by side with a plain multinomial naive Bayes over
 * jieba tokens (Debian's python3-jieba) on the same split. Speed: suggestions for a 5,000-character
 * article with a 10,000-article archive loaded, retraining on 10,000 articles, and the heap the tagger
 * holds.
 */
final class TaggerBench {

    private TaggerBench() {
    }

    record Row(String channel, String text) {
    }

    static List<Row> rows() throws IOException {
        Path tsv = Path.of("../shared/data/dev_news_channels.tsv");
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<Row> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            int tab = l.indexOf('\t');
            if (tab > 0) {
                rows.add(new Row(l.substring(0, tab), l.substring(tab + 1)));
            }
        }
        return rows;
    }

    static void channels(Path out) throws Exception {
        List<Row> rows = rows();
        Collections.shuffle(rows, new Random(42));
        int cut = rows.size() * 8 / 10;
        List<Row> train = rows.subList(0, cut);
        List<Row> test = rows.subList(cut, rows.size());
        double jieba = jiebaNaiveBayes(train, test, out);
        System.out.printf("channels, %d train / %d test articles in %d channels (seed 42):%n", train.size(), test.size(),
                rows.stream().map(Row::channel).distinct().count());
        System.out.printf("  %-60s accuracy %.3f%n", "plain multinomial naive Bayes over jieba tokens", jieba);
        for (ChannelClassifier.Method method : ChannelClassifier.Method.values()) {
            long t0 = System.nanoTime();
            ChannelClassifier model = ChannelClassifier.train(examples(train, Integer.MAX_VALUE), method);
            double trainMs = (System.nanoTime() - t0) / 1e6;
            int right = 0;
            int unsure = 0;
            int rightWhenSure = 0;
            for (Row r : test) {
                var s = model.classify(r.text(), Tagger.CONFIDENCE);
                if (s.ranked().get(0).name().equals(r.channel())) {
                    right++;
                    if (!s.unsure()) {
                        rightWhenSure++;
                    }
                }
                if (s.unsure()) {
                    unsure++;
                }
            }
            System.out.printf("  %-60s accuracy %.3f (trained in %.0f ms); unsure (below %.0f%%) %d of %d, accurate when sure %.3f%n",
                    "Copydesk " + method, right / (double) test.size(), trainMs, Tagger.CONFIDENCE * 100, unsure, test.size(),
                    rightWhenSure / (double) Math.max(1, test.size() - unsure));
        }
        // the same split with each article cut to its first 100 characters: less to go on, so the
        // channels that share words are where the models part
        List<Row> trainCut = train.stream().map(r -> new Row(r.channel(), cut(r.text(), 100))).toList();
        List<Row> testCut = test.stream().map(r -> new Row(r.channel(), cut(r.text(), 100))).toList();
        StringBuilder cutLine = new StringBuilder(String.format("  jieba NB %.3f", jiebaNaiveBayes(trainCut, testCut, out)));
        for (ChannelClassifier.Method method : ChannelClassifier.Method.values()) {
            ChannelClassifier model = ChannelClassifier.train(examples(trainCut, Integer.MAX_VALUE), method);
            long right = testCut.stream().filter(r -> model.classify(r.text(), Tagger.CONFIDENCE).ranked().get(0).name().equals(r.channel())).count();
            cutLine.append(String.format("  %s %.3f", method, right / (double) testCut.size()));
        }
        System.out.printf("  80/20, first 100 characters:%s%n", cutLine);
        // five folds over every article, and again with each article cut to its opening (a harder task: less to go on)
        for (int clip : new int[] {Integer.MAX_VALUE, 100}) {
            StringBuilder line = new StringBuilder();
            for (ChannelClassifier.Method method : ChannelClassifier.Method.values()) {
                int right = 0;
                for (int fold = 0; fold < 5; fold++) {
                    List<Row> in = new ArrayList<>();
                    List<Row> held = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        (i % 5 == fold ? held : in).add(rows.get(i));
                    }
                    ChannelClassifier model = ChannelClassifier.train(examples(in, clip), method);
                    for (Row r : held) {
                        if (model.classify(cut(r.text(), clip), Tagger.CONFIDENCE).ranked().get(0).name().equals(r.channel())) {
                            right++;
                        }
                    }
                }
                line.append(String.format("  %s %.3f", method, right / (double) rows.size()));
            }
            System.out.printf("  five-fold, %s:%s%n", clip == Integer.MAX_VALUE ? "whole articles" : "first " + clip + " characters", line);
        }
    }

    private static List<ChannelClassifier.Example> examples(List<Row> rows, int clip) {
        return rows.stream().map(r -> new ChannelClassifier.Example(cut(r.text(), clip), r.channel())).toList();
    }

    private static String cut(String text, int clip) {
        return text.length() > clip ? text.substring(0, clip) : text;
    }

    /** A textbook multinomial naive Bayes (add-one smoothing) over jieba's tokens, in Python, on the same split. */
    private static double jiebaNaiveBayes(List<Row> train, List<Row> test, Path out) throws IOException, InterruptedException {
        Path trainFile = out.resolve("channels-train.tsv");
        Path testFile = out.resolve("channels-test.tsv");
        Files.write(trainFile, train.stream().map(r -> r.channel() + "\t" + r.text()).toList());
        Files.write(testFile, test.stream().map(r -> r.channel() + "\t" + r.text()).toList());
        Path script = out.resolve("jieba_nb.py");
        Files.writeString(script, """
                import sys, math, logging, collections
                import jieba
                jieba.setLogLevel(logging.WARNING)
                def read(p):
                    return [l.rstrip('\\n').split('\\t', 1) for l in open(p, encoding='utf-8') if '\\t' in l]
                def tokens(t):
                    return [w for w in jieba.lcut(t) if w.strip()]
                train, test = read(sys.argv[1]), read(sys.argv[2])
                docs = collections.Counter(); words = collections.defaultdict(collections.Counter); vocab = set()
                for c, t in train:
                    docs[c] += 1
                    for w in tokens(t):
                        words[c][w] += 1; vocab.add(w)
                totals = {c: sum(words[c].values()) for c in docs}
                right = 0
                for c, t in test:
                    best, bs = None, -1e300
                    for k in docs:
                        s = math.log(docs[k] / len(train))
                        for w in tokens(t):
                            if w in vocab:
                                s += math.log((words[k][w] + 1) / (totals[k] + len(vocab)))
                        if s > bs:
                            best, bs = k, s
                    right += best == c
                print(right / len(test))
                """);
        Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), trainFile.toString(), testFile.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            throw new IOException("python3-jieba failed");
        }
        return Double.parseDouble(output);
    }

    static void speed(Path out) throws Exception {
        List<Row> rows = rows();
        List<String> channels = rows.stream().map(Row::channel).distinct().sorted().toList();
        SiteProfile profile = profile(channels);
        Path file = out.resolve("tagger-10000.db");
        Random r = new Random(9);
        System.gc();
        long before = usedHeap();
        // a fresh desk every run, so the first load is a first load (no channel model saved yet)
        Files.deleteIfExists(file);
        System.out.println("building " + file + " with 10,000 labelled articles (dev texts recombined) ...");
        long b0 = System.nanoTime();
        try (Desk desk = Desk.open(file, false, profile, Desk.Access.READ_WRITE)) {
            List<NewArticle> list = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                list.add(new NewArticle(recombined(rows, r, 1500), List.of()));
            }
            desk.drafts().createAll(list);
        }
        System.out.printf("storing an archive of 10,000 articles at once (their terms counted and the channel model trained as they are stored): %.1f s%n",
                (System.nanoTime() - b0) / 1e9);
        // each load in a process of its own, as a person opening the window meets it (nothing warmed up)
        System.out.printf("tagger ready over 10,000 articles, the first time: %s%n", loadInFreshProcess(file));
        // the same desk with no channel model kept (its articles brought in a few at a time): trained on loading
        Path untrained = out.resolve("tagger-10000-untrained.db");
        Files.copy(file, untrained, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        sql(untrained, "DELETE FROM model");
        System.out.printf("tagger ready over a desk with no channel model kept (trained on loading): %s%n", loadInFreshProcess(untrained));
        // a desk whose counts were never kept (made by an earlier version): the load counts every article
        Path uncounted = out.resolve("tagger-10000-uncounted.db");
        Files.copy(file, uncounted, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        sql(uncounted, "DELETE FROM article_terms");
        sql(uncounted, "DELETE FROM model");
        System.out.printf("tagger ready over a desk with nothing kept (made by an earlier version: every article counted, the model trained): %s%n",
                loadInFreshProcess(uncounted));
        try (Desk desk = Desk.open(file, false, profile, Desk.Access.READ_WRITE)) {
            DraftService repo = desk.drafts();
            Tagger tagger = desk.tagging();
            tagger.load();
            System.gc();
            Thread.sleep(200);
            System.gc();
            System.out.printf("heap held by the tagger (HanLP dictionaries, index, model): %.0f MB%n", (usedHeap() - before) / 1e6);

            Article big = recombined(rows, new Random(77), 5000);
            for (int i = 0; i < 50; i++) {
                tagger.suggest(big);
            }
            long[] times = new long[200];
            Suggestions s = null;
            for (int i = 0; i < times.length; i++) {
                long s0 = System.nanoTime();
                s = tagger.suggest(big);
                times[i] = System.nanoTime() - s0;
            }
            System.out.printf("suggestions for a %,d-character article, warm: %s (channel %s)%n",
                    org.copydesk.text.BodyText.stats(big.bodyHtml()).characters(), Stats.ofNanos(times),
                    s.channel().ranked().isEmpty() ? "-" : s.channel().ranked().get(0).name());

            List<ChannelClassifier.Example> examples = new ArrayList<>();
            for (Article e : repo.all()) {
                examples.add(new ChannelClassifier.Example(e.title() + "\n" + org.copydesk.text.BodyText.plain(e.bodyHtml()), e.channel()));
            }
            long[] train = new long[3];
            for (int i = 0; i < train.length; i++) {
                long t1 = System.nanoTime();
                ChannelClassifier.train(examples);
                train[i] = System.nanoTime() - t1;
            }
            System.out.printf("retraining the channel model on %,d articles: %s%n", examples.size(), Stats.ofNanos(train));
        }
    }

    /** The site the speed figures are measured on: the development set's channels. */
    private static SiteProfile profile(List<String> channels) {
        SiteProfile ref = SiteProfiles.reference();
        return new SiteProfile("bench", "基准", "首页", channels.stream().map(c -> new Channel(c, "c" + Math.abs(c.hashCode()))).toList(),
                "", "", ref.script(), ref.dateFormat(), 5, ref.templates(), ref.assets(), List.of(), null);
    }

    /** Loads the tagger over a desk in a new Java process and returns what it printed: the seconds it took. */
    private static String loadInFreshProcess(Path db) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Benchmarks.class.getName(), "tagger-load", db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (p.waitFor() != 0 || lines.isEmpty()) {
            throw new IOException("the tagger did not load in a process of its own");
        }
        return lines.get(lines.size() - 1);
    }

    /** In the process {@link #loadInFreshProcess} starts: opens the desk, loads the tagger, prints the time. */
    static void loadOnce(Path db) throws Exception {
        SiteProfile profile = profile(rows().stream().map(Row::channel).distinct().sorted().toList());
        try (Desk desk = Desk.open(db, false, profile, Desk.Access.READ_WRITE)) {
            long t0 = System.nanoTime();
            desk.tagging().load();
            System.out.printf("%.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
    }

    private static void sql(Path db, String statement) throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** An article of one channel made of sentences from that channel's dev texts. */
    private static Article recombined(List<Row> rows, Random r, int chars) {
        Row seed = rows.get(r.nextInt(rows.size()));
        List<String> sentences = new ArrayList<>();
        for (Row row : rows) {
            if (row.channel().equals(seed.channel())) {
                for (String s : row.text().split("(?<=[。！？])")) {
                    if (s.length() > 8) {
                        sentences.add(s);
                    }
                }
            }
        }
        StringBuilder body = new StringBuilder();
        int n = 0;
        while (n < chars) {
            String s = sentences.get(r.nextInt(sentences.size()));
            body.append("<p>").append(org.jsoup.nodes.Entities.escape(s)).append("</p>");
            n += s.length();
        }
        String title = sentences.get(r.nextInt(sentences.size()));
        return new Article.Builder().title(title.substring(0, Math.min(20, title.length()))).channel(seed.channel())
                .bodyHtml(body.toString()).build();
    }
}
