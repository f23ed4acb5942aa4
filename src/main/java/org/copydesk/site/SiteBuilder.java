package org.copydesk.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.copydesk.domain.Article;
import org.copydesk.domain.Channel;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.ImageAsset;
import org.copydesk.markup.Images;
import org.copydesk.domain.Problem;
import org.copydesk.domain.Progress;
import org.copydesk.domain.SiteReport;
import org.copydesk.domain.SiteProfile;

/**
 * Publishes the whole site into a folder: every article at its address with its images, related
 * news and 上一篇/下一篇; the home page and every channel's and keyword's list, page by page; RSS
 * feeds for the site and each channel; sitemaps, the news sitemap and robots.txt; the 404 page and
 * the stylesheet. Every file has a fingerprint of what goes into it, kept in the folder's manifest:
 * a later build renders only the files whose fingerprint changed, writes only those whose bytes
 * changed, and removes the files of articles no longer on the site. Same input, same bytes; every
 * file written atomically, so a stopped build leaves each page old or new and the next completes it.
 */
public final class SiteBuilder {

    /** Articles on the home page's first page per channel. */
    static final int HOME_PER_CHANNEL = 8;
    /** The news sitemap: articles of the last two days, at most a thousand. */
    static final int NEWS_DAYS = 2;
    static final int NEWS_MAX = 1000;

    /** An article as published: the shown revision's words, and its images. */
    public record Published(Article article, List<ImageAsset> images) {
    }

    /** What the builder asks of the desk: the published words of an article whose page must be made. */
    public interface Articles {
        Published load(SiteEntry e);
    }

    private final PageRenderer renderer;
    private final SiteProfile profile;
    private final SiteFeeds feeds;
    private final String profileFingerprint;
    private int sitemapMaxUrls = 50_000;
    private int sitemapMaxBytes = 50 * 1024 * 1024;

    public SiteBuilder(PageRenderer renderer) {
        this.renderer = renderer;
        this.profile = renderer.profile();
        this.feeds = new SiteFeeds(profile);
        this.profileFingerprint = profileFingerprint(profile);
    }

    /** Smaller sitemap parts (tests, without 50,000 articles). */
    SiteBuilder sitemapLimits(int maxUrls, int maxBytes) {
        this.sitemapMaxUrls = maxUrls;
        this.sitemapMaxBytes = maxBytes;
        return this;
    }

    /** A file of the site: where, the fingerprint of its inputs, and how to make its bytes. */
    private record Planned(String path, String fingerprint, Supplier<byte[]> bytes) {
    }

    /**
     * Builds the site of {@code entries} into {@code dir}. {@code now} dates the news sitemap (the
     * articles of the two days before it). Cancelling stops between files; what was written stays
     * (each file whole), and the next build completes the site.
     */
    public SiteReport build(List<SiteEntry> entries, Articles articles, Path dir, Instant now, Progress progress, BooleanSupplier cancelled) {
        return build(entries, articles, dir, SiteManifest.read(dir), now, progress, cancelled);
    }

    /** {@link #build(List, Articles, Path, Instant, Progress, BooleanSupplier)} with the folder's manifest already read. */
    public SiteReport build(List<SiteEntry> entries, Articles articles, Path dir, SiteManifest before, Instant now, Progress progress,
                            BooleanSupplier cancelled) {
        AtomicFiles.folder(dir);
        // an export stopped while putting its files in place is finished first
        AtomicFiles.Finished resumed = AtomicFiles.finishSwitch(dir);
        checkPaths(entries);
        List<Planned> plan = plan(entries, articles, now);
        // pages are made and written on every core; the outcome is put back in the plan's order
        Set<String> present = present(dir, plan);
        // what the stopped export put there is not what the manifest describes: made again, and
        // written where its bytes differ
        resumed.noted().forEach(present::remove);
        int[] outcome = new int[plan.size()];
        java.util.Queue<AtomicFiles.Staged> staged = new java.util.concurrent.ConcurrentLinkedQueue<>();
        AtomicLong done = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 8));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "copydesk-site");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < plan.size(); i++) {
                int at = i;
                if (unchanged(plan.get(at), before, present)) {
                    // most files of a republished site: nothing to make, nothing to hand to another thread
                    outcome[at] = UNCHANGED;
                    done.incrementAndGet();
                    continue;
                }
                work.add(pool.submit(() -> {
                    if (stop.get() || cancelled.getAsBoolean()) {
                        stop.set(true);
                        return;
                    }
                    outcome[at] = stage(dir, plan.get(at), present, staged);
                    progress.at(done.incrementAndGet(), plan.size());
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } catch (ExecutionException e) {
            stop.set(true);
            discardAll(pool, staged);
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discardAll(pool, staged);
            throw new CopydeskException(Problem.EXPORT_CANCELLED);
        } finally {
            pool.shutdownNow();
        }
        if (stop.get()) {
            // stopped: the site stays exactly as the last export left it
            discardAll(pool, staged);
            return new SiteReport(List.of(), List.of(), List.of(), 0, null, true, resumed.resumed());
        }
        // every file is written: now they take their places, one rename each, after a note of them
        // all, so that an export stopped among the renames is finished by the next
        if (!staged.isEmpty()) {
            AtomicFiles.noteSwitch(dir, staged);
        }
        for (AtomicFiles.Staged s : staged) {
            AtomicFiles.commit(s);
        }
        Map<String, String> files = new TreeMap<>();
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int unchanged = 0;
        for (int i = 0; i < plan.size(); i++) {
            switch (outcome[i]) {
                case ADDED -> added.add(plan.get(i).path());
                case CHANGED -> changed.add(plan.get(i).path());
                case UNCHANGED -> unchanged++;
                default -> {
                    continue;
                }
            }
            files.put(plan.get(i).path(), plan.get(i).fingerprint());
        }
        List<String> removed = removeOld(dir, before, files);
        new SiteManifest(profileFingerprint, entries, files).write(dir);
        AtomicFiles.clearSwitch(dir);
        List<String> pages = new ArrayList<>();
        for (String w : added) {
            if (w.endsWith("html")) {
                pages.add(w);
            }
        }
        for (String w : changed) {
            if (w.endsWith("html")) {
                pages.add(w);
            }
        }
        return new SiteReport(added, changed, removed, unchanged, LinkCheck.check(dir, pages, files.keySet()), false, resumed.resumed());
    }

    private static final int SKIPPED = 0;
    private static final int ADDED = 1;
    private static final int CHANGED = 2;
    private static final int UNCHANGED = 3;

    /** Makes one file whose inputs changed, and writes it if its bytes did. */
    private static boolean unchanged(Planned p, SiteManifest before, Set<String> present) {
        return p.fingerprint().equals(before.files().get(p.path())) && present.contains(p.path());
    }

    private static int stage(Path dir, Planned p, Set<String> present, java.util.Queue<AtomicFiles.Staged> staged) {
        Path target = dir.resolve(p.path());
        boolean exists = present.contains(p.path());
        AtomicFiles.Staged s = AtomicFiles.stage(target, p.bytes().get());
        if (s == null) {
            return UNCHANGED;
        }
        staged.add(s);
        return exists ? CHANGED : ADDED;
    }

    /** Waits for the writers to stop, then removes every staged file: nothing of this export is left. */
    private static void discardAll(ExecutorService pool, java.util.Queue<AtomicFiles.Staged> staged) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        staged.forEach(AtomicFiles::discard);
        staged.clear();
    }

    /**
     * The planned files that are in the folder now, found by listing each of their folders once
     * (a file deleted by hand since the last build is made again even when its inputs did not change).
     */
    private static Set<String> present(Path dir, List<Planned> plan) {
        Set<String> folders = new HashSet<>();
        for (Planned p : plan) {
            int slash = p.path().lastIndexOf('/');
            folders.add(slash < 0 ? "" : p.path().substring(0, slash));
        }
        Set<String> present = new HashSet<>();
        for (String folder : folders) {
            Path at = folder.isEmpty() ? dir : dir.resolve(folder);
            String[] names = at.toFile().list();
            if (names != null) {
                for (String name : names) {
                    if (AtomicFiles.leftover(name)) {
                        // a temporary file of an export stopped by force
                        at.resolve(name).toFile().delete();
                        continue;
                    }
                    present.add(folder.isEmpty() ? name : folder + "/" + name);
                }
            }
        }
        return present;
    }


    /** Two articles at one address are refused before anything is written. */
    private static void checkPaths(List<SiteEntry> entries) {
        Map<String, SiteEntry> seen = new HashMap<>();
        for (SiteEntry e : entries) {
            SiteEntry other = seen.putIfAbsent(e.path(), e);
            if (other != null) {
                throw new CopydeskException(Problem.PERMALINK_COLLISION, other.title(), other.id(), e.title(), e.id(), e.path());
            }
        }
    }

    /** Files the last build made that this one does not: removed (only inside the folder, never the manifest). */
    private static List<String> removeOld(Path dir, SiteManifest before, Map<String, String> now) {
        List<String> removed = new ArrayList<>();
        Path root = dir.toAbsolutePath().normalize();
        for (String old : before.files().keySet()) {
            if (now.containsKey(old) || old.equals(SitePaths.MANIFEST)) {
                continue;
            }
            Path f = root.resolve(old).normalize();
            if (!f.startsWith(root)) {
                continue;
            }
            try {
                if (Files.deleteIfExists(f)) {
                    removed.add(old);
                    deleteEmptyParents(root, f.getParent());
                }
            } catch (IOException e) {
                throw AtomicFiles.failure(f, e);
            }
        }
        return removed;
    }

    private static void deleteEmptyParents(Path root, Path d) throws IOException {
        while (d != null && !d.equals(root) && d.startsWith(root)) {
            try (var s = Files.list(d)) {
                if (s.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(d);
            d = d.getParent();
        }
    }

    // ---- the plan ---------------------------------------------------------------------------------------

    /** Each entry's link and the text its fingerprints use, made once per build (an article appears on many pages). */
    private final Map<PageRenderer.Link, String> keys = new java.util.IdentityHashMap<>();
    private final Map<Long, PageRenderer.Link> linksById = new HashMap<>();

    private PageRenderer.Link linkOf(SiteEntry e) {
        return linksById.computeIfAbsent(e.id(), id -> {
            PageRenderer.Link l = link(e);
            keys.put(l, l.title() + "\u0001" + l.path() + "\u0001" + l.date());
            return l;
        });
    }

    /** An entry's link from the build's links, made ahead of the parallel part of the plan (which only reads them). */
    private PageRenderer.Link known(SiteEntry e) {
        PageRenderer.Link l = linksById.get(e.id());
        return l != null ? l : link(e);
    }

    private List<Planned> plan(List<SiteEntry> entries, Articles articles, Instant now) {
        keys.clear();
        linksById.clear();
        entries.forEach(this::linkOf);
        List<SiteEntry> newest = new ArrayList<>(entries);
        newest.sort(Comparator.comparing((SiteEntry e) -> e.date(SiteFeeds.ZONE)).thenComparingLong(SiteEntry::id).reversed());
        Map<Long, SiteEntry> byId = new HashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        Map<String, List<SiteEntry>> byChannel = new LinkedHashMap<>();
        for (Channel c : profile.channels()) {
            byChannel.put(c.name(), new ArrayList<>());
        }
        Map<String, List<SiteEntry>> byKeyword = new TreeMap<>();
        for (SiteEntry e : newest) {
            byChannel.computeIfAbsent(e.channel(), k -> new ArrayList<>()).add(e);
            for (String k : e.keywords()) {
                byKeyword.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
            }
        }
        List<Planned> plan = new ArrayList<>();
        profile.assets().forEach((name, bytes) -> plan.add(new Planned(SitePaths.ASSETS + name, digest(bytes), () -> bytes)));
        Map<Long, Integer> placeInChannel = new HashMap<>();
        byChannel.values().forEach(list -> {
            for (int i = 0; i < list.size(); i++) {
                placeInChannel.put(list.get(i).id(), i);
            }
        });
        // article pages and keyword lists are planned on every core (each on its own, from read-only maps)
        newest.parallelStream().map(e -> planArticle(e, byId, byChannel.get(e.channel()), placeInChannel.get(e.id()), articles))
                .toList().forEach(plan::addAll);
        planHome(plan, newest, byChannel);
        for (Channel c : profile.channels()) {
            List<SiteEntry> list = byChannel.get(c.name());
            planList(plan, c.name(), c, list, p -> SitePaths.channel(c.slug(), p), SitePaths.feed(c.slug()));
            planFeed(plan, c.name() + " - " + profile.siteName(), SitePaths.channel(c.slug(), 1), SitePaths.feed(c.slug()), list);
        }
        new ArrayList<>(byKeyword.entrySet()).parallelStream().map(k -> {
            List<Planned> one = new ArrayList<>();
            planList(one, k.getKey(), null, k.getValue(), p -> SitePaths.keyword(k.getKey(), p), null);
            return one;
        }).toList().forEach(plan::addAll);
        planFeed(plan, profile.siteName(), SitePaths.HOME, SitePaths.FEED, newest);
        String notFound = renderer.notFoundPage();
        plan.add(new Planned(SitePaths.NOT_FOUND, digest(profileFingerprint, "404"), () -> utf8(notFound)));
        planSitemaps(plan, newest, byChannel, byKeyword, now);
        return plan;
    }

    private List<Planned> planArticle(SiteEntry e, Map<Long, SiteEntry> byId, List<SiteEntry> channel, Integer place, Articles articles) {
        List<Planned> plan = new ArrayList<>(1 + e.images().size());
        List<PageRenderer.Link> related = new ArrayList<>();
        for (long id : e.related()) {
            SiteEntry r = byId.get(id);
            if (r != null && r.id() != e.id()) {
                related.add(known(r));
            }
        }
        int at = channel == null || place == null ? -1 : place;
        PageRenderer.Link previous = at >= 0 && at + 1 < channel.size() ? known(channel.get(at + 1)) : null;
        PageRenderer.Link next = at > 0 ? known(channel.get(at - 1)) : null;
        Map<String, String> keywordPaths = new LinkedHashMap<>();
        e.keywords().forEach(k -> keywordPaths.put(k, SitePaths.keyword(k, 1)));
        String feed = profile.channel(e.channel()).map(c -> SitePaths.feed(c.slug())).orElse(SitePaths.FEED);
        String fingerprint = digest(profileFingerprint, "article", e.path(), e.revision(), String.join("|", e.images()),
                links(related), previous == null ? "" : key(previous), next == null ? "" : key(next));
        // the article's words are read from the desk only when its page must be made again
        Supplier<Published> published = new Supplier<>() {
            private Published loaded;

            @Override
            public synchronized Published get() {
                if (loaded == null) {
                    loaded = articles.load(e);
                }
                return loaded;
            }
        };
        plan.add(new Planned(e.path(), fingerprint, () -> {
            Article a = published.get().article();
            Map<String, Integer> widths = new LinkedHashMap<>();
            if (!profile.publishing().imageWidths().isEmpty()) {
                published.get().images().stream().filter(i -> Images.resizable(i.name()))
                        .forEach(i -> widths.put(i.name(), Images.width(i.data())));
            }
            return utf8(renderer.articlePage(new PageRenderer.ArticleView(a, e.path(), related, previous, next, keywordPaths, feed, widths)));
        }));
        for (String name : e.images()) {
            String path = SitePaths.imageDir(e.id()) + name;
            Supplier<byte[]> original = () -> published.get().images().stream()
                    .filter(i -> i.name().equals(name)).findFirst().map(ImageAsset::data)
                    .orElseThrow(() -> new CopydeskException(Problem.EXPORT_FAILED, path, "image missing from the desk"));
            plan.add(new Planned(path, digest(profileFingerprint, "image", e.revision(), name), original));
            if (Images.resizable(name)) {
                // the site's narrower copies; the original is published as it is
                for (int w : profile.publishing().imageWidths()) {
                    plan.add(new Planned(SitePaths.imageDir(e.id()) + Images.widthName(name, w),
                            digest(profileFingerprint, "image", e.revision(), name, Integer.toString(w)),
                            () -> Images.resized(name, original.get(), w)));
                }
            }
        }
        return plan;
    }

    private void planHome(List<Planned> plan, List<SiteEntry> newest, Map<String, List<SiteEntry>> byChannel) {
        Map<Channel, List<PageRenderer.Link>> sections = new LinkedHashMap<>();
        StringBuilder sectionKey = new StringBuilder();
        for (Channel c : profile.channels()) {
            List<PageRenderer.Link> top = byChannel.get(c.name()).stream().limit(HOME_PER_CHANNEL).map(this::linkOf).toList();
            sections.put(c, top);
            sectionKey.append(c.name()).append(links(top));
        }
        List<List<SiteEntry>> pages = pages(newest);
        List<String> paths = new ArrayList<>();
        for (int p = 1; p <= pages.size(); p++) {
            paths.add(SitePaths.home(p));
        }
        for (int p = 1; p <= pages.size(); p++) {
            List<PageRenderer.Link> latest = pages.get(p - 1).stream().map(this::linkOf).toList();
            PageRenderer.Pager pager = new PageRenderer.Pager(p, paths);
            String fingerprint = digest(profileFingerprint, "home", String.join("|", paths), Integer.toString(p), links(latest),
                    p == 1 ? sectionKey.toString() : "");
            plan.add(new Planned(paths.get(p - 1), fingerprint,
                    () -> utf8(renderer.homePage(sections, latest, pager, SitePaths.FEED))));
        }
    }

    private void planList(List<Planned> plan, String heading, Channel channel, List<SiteEntry> entries,
                          java.util.function.IntFunction<String> path, String feed) {
        List<List<SiteEntry>> pages = pages(entries);
        List<String> paths = new ArrayList<>();
        for (int p = 1; p <= pages.size(); p++) {
            paths.add(path.apply(p));
        }
        for (int p = 1; p <= pages.size(); p++) {
            List<PageRenderer.Link> list = pages.get(p - 1).stream().map(this::known).toList();
            PageRenderer.Pager pager = new PageRenderer.Pager(p, paths);
            String fingerprint = digest(profileFingerprint, "list", heading, String.join("|", paths), Integer.toString(p), links(list),
                    feed == null ? "" : feed);
            plan.add(new Planned(paths.get(p - 1), fingerprint, () -> utf8(renderer.listPage(heading, channel, list, pager, feed))));
        }
    }

    private void planFeed(List<Planned> plan, String title, String pagePath, String feedPath, List<SiteEntry> entries) {
        List<SiteFeeds.Item> items = entries.stream().limit(profile.publishing().feedLength()).map(SiteBuilder::item).toList();
        String fingerprint = digest(profileFingerprint, "feed", title, pagePath, items.toString());
        plan.add(new Planned(feedPath, fingerprint, () -> utf8(feeds.rss(title, pagePath, feedPath, items))));
    }

    private void planSitemaps(List<Planned> plan, List<SiteEntry> newest, Map<String, List<SiteEntry>> byChannel,
                              Map<String, List<SiteEntry>> byKeyword, Instant now) {
        List<SiteFeeds.Item> urls = new ArrayList<>();
        LocalDateTime latest = newest.isEmpty() ? null : newest.get(0).date(SiteFeeds.ZONE);
        urls.add(new SiteFeeds.Item("", SitePaths.HOME, latest, "", "", latest));
        for (Channel c : profile.channels()) {
            List<SiteEntry> list = byChannel.get(c.name());
            LocalDateTime d = list.isEmpty() ? null : list.get(0).date(SiteFeeds.ZONE);
            urls.add(new SiteFeeds.Item("", SitePaths.channel(c.slug(), 1), d, "", "", d));
        }
        for (SiteEntry e : newest) {
            urls.add(item(e));
        }
        Map<String, String> maps = feeds.sitemaps(urls, sitemapMaxUrls, sitemapMaxBytes);
        String key = digest(profileFingerprint, "sitemap", urls.toString(), sitemapMaxUrls + "/" + sitemapMaxBytes);
        maps.forEach((path, text) -> plan.add(new Planned(path, digest(key, path), () -> utf8(text))));
        LocalDateTime since = LocalDateTime.ofInstant(now, SiteFeeds.ZONE).minusDays(NEWS_DAYS);
        List<SiteFeeds.Item> recent = newest.stream().filter(e -> !e.date(SiteFeeds.ZONE).isBefore(since)).limit(NEWS_MAX)
                .map(SiteBuilder::item).toList();
        plan.add(new Planned(SitePaths.NEWS_SITEMAP, digest(profileFingerprint, "news", recent.toString()),
                () -> utf8(feeds.newsSitemap(recent))));
        String robots = feeds.robots();
        plan.add(new Planned(SitePaths.ROBOTS, digest(robots), () -> utf8(robots)));
    }

    private List<List<SiteEntry>> pages(List<SiteEntry> entries) {
        int size = profile.publishing().pageSize();
        List<List<SiteEntry>> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i += size) {
            out.add(entries.subList(i, Math.min(entries.size(), i + size)));
        }
        if (out.isEmpty()) {
            out.add(List.of());
        }
        return out;
    }

    private PageRenderer.Link link(SiteEntry e) {
        return new PageRenderer.Link(e.title(), e.path(), e.date(SiteFeeds.ZONE), thumbnail(e));
    }

    /** A list's picture of an article: its lead picture's narrowest copy (the original when it has none). */
    private String thumbnail(SiteEntry e) {
        String lead = e.leadImagePath();
        List<Integer> widths = profile.publishing().imageWidths();
        if (lead == null || widths.isEmpty() || !Images.resizable(e.leadImage())) {
            return lead;
        }
        return SitePaths.imageDir(e.id()) + Images.widthName(e.leadImage(), widths.get(0));
    }

    private static SiteFeeds.Item item(SiteEntry e) {
        String byline = !e.author().isBlank() ? e.author() : e.source();
        LocalDateTime updated = LocalDateTime.ofInstant(e.updated(), SiteFeeds.ZONE);
        return new SiteFeeds.Item(e.title(), e.path(), e.date(SiteFeeds.ZONE), e.summary(), byline, updated, e.leadImagePath());
    }

    private String key(PageRenderer.Link l) {
        String k = keys.get(l);
        return k != null ? k : l.title() + "\u0001" + l.path() + "\u0001" + l.date();
    }

    private String links(List<PageRenderer.Link> links) {
        StringBuilder b = new StringBuilder();
        for (PageRenderer.Link l : links) {
            b.append(key(l)).append('\u0002');
        }
        return b.toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** What the profile gives every page: templates, stylesheet, names, settings. */
    private static String profileFingerprint(SiteProfile p) {
        StringBuilder b = new StringBuilder();
        b.append(p.id()).append('|').append(p.siteName()).append('|').append(p.homeLabel()).append('|').append(p.promoText()).append('|')
                .append(p.promoHref()).append('|').append(p.dateFormat()).append('|').append(p.publishing()).append('|');
        p.channels().forEach(c -> b.append(c.name()).append('=').append(c.slug()).append(';'));
        new TreeMap<>(p.templates()).forEach((k, v) -> b.append(k).append('=').append(v));
        new TreeMap<>(p.assets()).forEach((k, v) -> b.append(k).append('=').append(digest(v)));
        return digest(b.toString());
    }

    static String digest(String... parts) {
        MessageDigest md = hasher();
        for (String s : parts) {
            md.update(s.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest(), 0, 16);
    }

    static String digest(byte[] bytes) {
        return HexFormat.of().formatHex(hasher().digest(bytes), 0, 16);
    }

    private static final ThreadLocal<MessageDigest> HASHER = ThreadLocal.withInitial(SiteBuilder::newHasher);

    private static MessageDigest hasher() {
        MessageDigest md = HASHER.get();
        md.reset();
        return md;
    }

    private static MessageDigest newHasher() {
        try {
            // fingerprints only tell inputs apart; they need not resist an adversary
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
