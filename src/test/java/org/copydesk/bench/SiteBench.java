package org.copydesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.domain.Article;
import org.copydesk.domain.Channel;
import org.copydesk.domain.Progress;
import org.copydesk.domain.SiteReport;
import org.copydesk.service.Desk;
import org.copydesk.site.SiteProfiles;

/**
 * Publishing the whole site of N articles (related news by content included) side by side with
 * Hugo (Debian's {@code hugo}) building the same articles with an equivalent template: article pages
 * with related news and 上一篇/下一篇, paginated home, channel and keyword lists, RSS, sitemap. Then
 * republishing after one article is corrected. Pages per second count the HTML pages each writes.
 */
final class SiteBench {

    private SiteBench() {
    }

    static void run(Path out, int n) throws Exception {
        Path db = out.resolve("site-" + n + ".db");
        Corpus corpus = new Corpus();
        if (!Files.exists(db)) {
            System.out.println("building " + db + " with " + n + " published articles from " + corpus.origin + " ...");
            long t0 = System.nanoTime();
            try (Desk desk = Desk.open(db)) {
                fill(desk, corpus, n);
                // published once, the gate's reason recorded on each (the benchmark's articles are not reviewed)
                desk.publishing().export(List.of(), out.resolve("site-first"), "基准：一次发布", true, "基准");
            }
            System.out.printf("built and first published in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        try (Desk desk = Desk.open(db)) {
            desk.tagging().load();
            List<Article> articles = new ArrayList<>();
            for (long id : desk.drafts().ids()) {
                desk.drafts().find(id).ifPresent(articles::add);
            }
            Path hugoSite = out.resolve("hugo-" + n);
            writeHugoSite(hugoSite, articles);

            List<Double> ours = new ArrayList<>();
            List<Double> theirs = new ArrayList<>();
            int ourPages = 0;
            int theirPages = 0;
            long peak = 0;
            int rounds = n > 5000 ? 3 : 5;
            for (int round = 0; round < rounds; round++) {
                Path site = out.resolve("site-full");
                delete(site);
                resetPeaks();
                long t0 = System.nanoTime();
                SiteReport r = desk.publishing().publishSite(site, Progress.NONE, () -> false);
                ours.add((System.nanoTime() - t0) / 1e9);
                peak = Math.max(peak, peakHeap());
                ourPages = (int) r.added().stream().filter(p -> p.endsWith("html")).count();
                if (!r.links().ok()) {
                    throw new IllegalStateException("broken links: " + r.links().broken().subList(0, 1));
                }
                delete(hugoSite.resolve("public"));
                long t1 = System.nanoTime();
                Hugo h = hugo(hugoSite);
                theirs.add((System.nanoTime() - t1) / 1e9);
                theirPages = h.pages();
                System.out.printf("  round %d: Copydesk %.2f s (%d pages), Hugo %.2f s (%d pages, %d MB peak)%n", round + 1,
                        ours.get(round), ourPages, theirs.get(round), theirPages, h.peakKb() / 1024);
            }
            double a = median(ours);
            double b = median(theirs);
            System.out.printf("full site of %d articles: Copydesk %.2f s, %d pages, %.0f pages/s; Hugo %.2f s, %d pages, %.0f pages/s: "
                    + "Copydesk %.2fx Hugo's pages per second; Copydesk heap peak %d MB%n", n, a, ourPages, ourPages / a, b, theirPages,
                    theirPages / b, (ourPages / a) / (theirPages / b), peak / (1024 * 1024));

            // the link check, beside Debian's linkchecker crawling the same folder offline from its home page
            Path site = out.resolve("site-full");
            long c0 = System.nanoTime();
            var ourCheck = org.copydesk.service.PublishService.linkCheck(site);
            double ourCheckTime = (System.nanoTime() - c0) / 1e9;
            System.out.printf("link check of the whole folder: Copydesk %.2f s, %d pages, %d links, %d broken%n", ourCheckTime,
                    ourCheck.pages(), ourCheck.links(), ourCheck.broken().size());
            linkchecker(site);

            // republish after correcting one article
            List<Double> again = new ArrayList<>();
            int written = 0;
            for (int round = 0; round < 5; round++) {
                Article one = articles.get(articles.size() / 2 + round);
                desk.drafts().saveRevision(desk.drafts().get(one.id()).toBuilder().title(one.title() + "（更正" + round + "）").build());
                long t0 = System.nanoTime();
                var done = desk.publishing().export(List.of(one.id()), site, "基准：更正", false, "基准");
                again.add((System.nanoTime() - t0) / 1e9);
                written = done.pages().size();
            }
            System.out.printf("republishing after correcting one article: median %.3f s (%d files rewritten of %d; runs %s)%n",
                    median(again), written, countFiles(site), again.stream().map(x -> String.format("%.3f", x)).toList());
        }
    }

    /** Debian's linkchecker over the folder, from its home page, external addresses not fetched. */
    private static void linkchecker(Path site) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/linkchecker"))) {
            System.out.println("linkchecker: not installed (apt-get install linkchecker)");
            return;
        }
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("/usr/bin/linkchecker", "--no-status", "--no-warnings", "-o", "csv",
                site.toAbsolutePath().resolve("index.html").toUri().toString()).redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        int status = p.waitFor();
        double time = (System.nanoTime() - t0) / 1e9;
        long errors = lines.stream().filter(l -> l.contains(";False;")).count();
        System.out.printf("linkchecker 10.2 over the same folder from index.html: %.2f s, exit %d, %d broken links reported%n", time,
                status, errors);
    }

    /**
     * Articles of about 1,200 characters, each with three keywords taken from its own title (two
     * characters each), so that keywords are shared the way a desk's are: by articles on the same
     * subject, not by all of them.
     */
    private static void fill(Desk desk, Corpus corpus, int n) {
        java.util.Random r = new java.util.Random(42);
        for (int done = 0; done < n; done += 1000) {
            List<org.copydesk.domain.NewArticle> batch = new ArrayList<>();
            for (int i = 0; i < Math.min(1000, n - done); i++) {
                Article a = corpus.article(r, 600 + r.nextInt(1200));
                String han = a.title().replaceAll("[^\\p{IsHan}]", "");
                java.util.LinkedHashSet<String> keywords = new java.util.LinkedHashSet<>();
                for (int k = 0; k < 12 && keywords.size() < 3 && han.length() >= 2; k++) {
                    int at = r.nextInt(han.length() - 1);
                    keywords.add(han.substring(at, at + 2));
                }
                batch.add(new org.copydesk.domain.NewArticle(a.toBuilder().keywords(List.copyOf(keywords)).build(), List.of()));
            }
            desk.drafts().createAll(batch);
        }
    }

    // ---- Hugo ---------------------------------------------------------------------------------------

    private record Hugo(int pages, long peakKb) {
    }

    private static Hugo hugo(Path site) throws IOException, InterruptedException {
        Path timing = Files.createTempFile("hugo-time", ".txt");
        Process p = new ProcessBuilder("/usr/bin/time", "-f", "%M", "-o", timing.toString(), "hugo", "--quiet", "-s", site.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("hugo failed: " + output);
        }
        long kb = Long.parseLong(Files.readString(timing).strip().lines().reduce((x, y) -> y).orElse("0"));
        Files.delete(timing);
        try (Stream<Path> files = Files.walk(site.resolve("public"))) {
            return new Hugo((int) files.filter(f -> f.toString().endsWith(".html")).count(), kb);
        }
    }

    /** The same articles as a Hugo site: one section per channel, keywords as tags, the reference look. */
    private static void writeHugoSite(Path site, List<Article> articles) throws IOException {
        delete(site);
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("hugo.toml"), """
                baseURL = "http://www.rmzxb.com.cn/"
                languageCode = "zh-cn"
                title = "人民政协网"
                paginate = 20
                disableKinds = []
                [taxonomies]
                  tag = "tags"
                [markup.goldmark.renderer]
                  unsafe = true
                [related]
                  includeNewer = true
                  threshold = 10
                  toLower = false
                  [[related.indices]]
                    name = "tags"
                    weight = 100
                """);
        Path layouts = Files.createDirectories(site.resolve("layouts/_default"));
        String head = """
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }} - {{ .Site.Title }}</title>
                <link rel="canonical" href="{{ .Permalink }}"><link rel="stylesheet" href="{{ "assets/site.css" | relURL }}">
                {{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
                </head><body><header class="masthead"><a class="site-name" href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
                <nav class="channels"><a href="{{ "/" | relURL }}">首页</a>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav></header>
                """;
        Files.writeString(layouts.resolve("single.html"), head + """
                <main class="page"><div class="breadcrumb"><a href="{{ "/" | relURL }}">首页</a>&gt;<a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a></div>
                <article><h1 class="title">{{ .Title }}</h1><div class="dateline"><time>{{ .Date.Format "2006年01月02日 15:04" }}</time></div>
                <div class="body">{{ .Content }}</div>
                <p class="keywords">关键词:{{ range .Params.tags }}<a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}</p></article>
                {{ with .PrevInSection }}<p>上一篇：<a href="{{ .RelPermalink }}">{{ .Title }}</a></p>{{ end }}
                {{ with .NextInSection }}<p>下一篇：<a href="{{ .RelPermalink }}">{{ .Title }}</a></p>{{ end }}
                {{ $related := .Site.RegularPages.Related . | first 5 }}{{ with $related }}<section class="related"><h2>相关新闻</h2><ul>
                {{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><span class="date">{{ .Date.Format "2006-01-02" }}</span></li>{{ end }}</ul></section>{{ end }}
                </main></body></html>
                """);
        Files.writeString(layouts.resolve("list.html"), head + """
                <main class="page"><h1 class="title">{{ .Title }}</h1><ul class="index">
                {{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = .Site.RegularPages }}{{ end }}
                {{ range (.Paginate $pages.ByDate.Reverse).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><span class="date">{{ .Date.Format "2006-01-02" }}</span></li>{{ end }}</ul>
                {{ template "_internal/pagination.html" . }}</main></body></html>
                """);
        Files.createDirectories(site.resolve("static/assets"));
        Files.write(site.resolve("static/assets/site.css"), SiteProfiles.reference().assets().get("site.css"));
        List<Channel> channels = SiteProfiles.reference().channels();
        for (Channel c : channels) {
            Path section = Files.createDirectories(site.resolve("content").resolve(c.slug()));
            Files.writeString(section.resolve("_index.md"), "---\ntitle: \"" + c.name() + "\"\n---\n");
        }
        for (Article a : articles) {
            String slug = channels.stream().filter(c -> c.name().equals(a.channel())).findFirst().map(Channel::slug).orElse("news");
            StringBuilder md = new StringBuilder("---\n");
            md.append("title: \"").append(a.title().replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
            md.append("date: ").append(a.publishedAt()).append(":00+08:00\n");
            md.append("tags: [").append(String.join(", ", a.keywords().stream().map(k -> "\"" + k + "\"").toList())).append("]\n");
            md.append("---\n").append(a.bodyHtml()).append('\n');
            Path dir = Files.createDirectories(site.resolve("content").resolve(slug));
            Files.writeString(dir.resolve(a.id() + ".md"), md);
        }
    }

    // ---- measures --------------------------------------------------------------------------------------

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }

    private static long countFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
