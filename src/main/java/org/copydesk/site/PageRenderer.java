package org.copydesk.site;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.domain.Channel;
import org.copydesk.domain.SiteProfile;
import org.copydesk.markup.Images;
import org.copydesk.markup.Sanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Turns an article and the site profile into the page the site publishes. The preview pane and the
 * exporter both call this, so what the editor sees is what gets published. Every link on a page is
 * relative to the page's own place in the site, so the site works from disk and from any server.
 */
public final class PageRenderer {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final SiteProfile profile;
    private final Map<String, Template> templates = new LinkedHashMap<>();
    private final DateTimeFormatter dateline;

    /** An article as a list or a page links to it. */
    public record Link(String title, String path, LocalDateTime date, String image) {
        /** A link without a picture. */
        public Link(String title, String path, LocalDateTime date) {
            this(title, path, date, null);
        }
    }

    /** A list page's place among its pages: numbered from 1, each page's path. */
    public record Pager(int page, List<String> paths) {

        public static Pager single(String path) {
            return new Pager(1, List.of(path));
        }
    }

    /**
     * Everything an article's published page shows besides the article: where it is, its related
     * news, the articles before and after it in its channel, where each keyword's page is.
     */
    /**
     * @param imageWidths each picture's width in pixels, for the published page to offer its copies at
     *                    the profile's narrower widths ({@code srcset}); empty where no copies are written
     */
    public record ArticleView(Article article, String path, List<Link> related, Link previous, Link next,
                              Map<String, String> keywordPaths, String feedPath, Map<String, Integer> imageWidths) {
        public ArticleView {
            imageWidths = imageWidths == null ? Map.of() : Map.copyOf(imageWidths);
        }

        public ArticleView(Article article, String path, List<Link> related, Link previous, Link next, Map<String, String> keywordPaths,
                           String feedPath) {
            this(article, path, related, previous, next, keywordPaths, feedPath, Map.of());
        }
    }

    /** How wide a picture shows on the page, for the browser to choose among its copies. */
    static final String IMAGE_SIZES = "(max-width: 800px) 100vw, 760px";

    public PageRenderer(SiteProfile profile) {
        this.profile = profile;
        Mustache.Compiler compiler = Mustache.compiler()
                .escapeHTML(true)
                .defaultValue("")
                .emptyStringIsFalse(true)
                .zeroIsFalse(true);
        profile.templates().forEach((name, text) -> templates.put(name, compiler.compile(text)));
        this.dateline = DateTimeFormatter.ofPattern(profile.dateFormat());
    }

    public SiteProfile profile() {
        return profile;
    }

    /**
     * The article's page as the preview shows it, at {@link SitePaths#article(long)}.
     *
     * @param related the articles the related-news list links to, in order
     */
    public String articlePage(Article a, List<ArticleSummary> related) {
        return articlePage(a, related, UnaryOperator.identity());
    }

    /**
     * The preview's page with its body passed through {@code decorateBody} after sanitising: the
     * review copy (findings marked) and the comparison of two revisions. Never used for an export.
     */
    public String articlePage(Article a, List<ArticleSummary> related, UnaryOperator<String> decorateBody) {
        List<Link> links = related.stream().map(s -> new Link(s.title(), SitePaths.article(s.id()), s.publishedAt())).toList();
        return articlePage(new ArticleView(a, SitePaths.article(a.id()), links, null, null, Map.of(), null), decorateBody);
    }

    /** The article's published page. */
    public String articlePage(ArticleView v) {
        return articlePage(v, UnaryOperator.identity());
    }

    private String articlePage(ArticleView v, UnaryOperator<String> decorateBody) {
        Article a = v.article();
        String from = v.path();
        Map<String, Object> ctx = site(from, a.channel());
        Map<String, Object> art = new LinkedHashMap<>();
        art.put("title", a.title());
        art.put("subtitle", a.subtitle());
        art.put("summary", a.summary());
        art.put("source", a.source());
        art.put("author", a.author());
        art.put("editor", a.editor());
        art.put("dateline", a.publishedAt() == null ? "" : dateline.format(a.publishedAt()));
        art.put("isoTime", a.publishedAt() == null ? "" : a.publishedAt().toString());
        art.put("keywords", a.keywords());
        art.put("keywordsText", String.join(" ", a.keywords()));
        List<Map<String, Object>> keywordLinks = new ArrayList<>();
        for (String k : a.keywords()) {
            String target = v.keywordPaths().get(k);
            keywordLinks.add(target == null ? Map.of("word", k) : Map.of("word", k, "href", SitePaths.href(from, target)));
        }
        art.put("keywordLinks", keywordLinks);
        art.put("bodyHtml", decorateBody.apply(pageBody(a, SitePaths.href(from, SitePaths.imageDir(a.id())), v.imageWidths(),
                profile.publishing().imageWidths())));
        ctx.put("article", art);
        Optional<Channel> channel = profile.channel(a.channel());
        ctx.put("channel", channel.map(c -> Map.of("name", c.name(), "href", SitePaths.href(from, SitePaths.channel(c.slug(), 1))))
                .orElse(null));
        List<Map<String, Object>> rel = links(v.related(), from);
        ctx.put("related", rel);
        ctx.put("hasRelated", !rel.isEmpty());
        ctx.put("previous", v.previous() == null ? null : link(v.previous(), from));
        ctx.put("next", v.next() == null ? null : link(v.next(), from));
        ctx.put("pageTitle", a.title());
        ctx.put("description", a.summary().isBlank() ? profile.publishing().description() : a.summary());
        if (!a.leadImage().isEmpty()) {
            // the card a link to the page shows in chat apps and social sites: its lead picture, absolutely addressed
            ctx.put("ogImage", profile.publishing().baseUrl() + SitePaths.encode(SitePaths.imageDir(a.id()) + a.leadImage()));
        }
        putFeed(ctx, from, v.feedPath());
        return templates.get("page").execute(ctx);
    }

    /**
     * A list page: a channel's, a keyword's, or the home page's later pages, newest first.
     *
     * @param channel the channel the list belongs to (its name is shown current in the navigation), or null
     */
    public String listPage(String heading, Channel channel, List<Link> articles, Pager pager, String feedPath) {
        String from = pager.paths().get(pager.page() - 1);
        Map<String, Object> ctx = site(from, channel == null ? "" : channel.name());
        ctx.put("heading", heading);
        ctx.put("channel", channel == null ? null : Map.of("name", channel.name(), "href", SitePaths.href(from, SitePaths.channel(channel.slug(), 1))));
        ctx.put("articles", links(articles, from));
        ctx.put("pager", pager(pager, from));
        ctx.put("pageTitle", pager.page() == 1 ? heading : heading + "（第 " + pager.page() + " 页）");
        ctx.put("description", profile.publishing().description());
        putFeed(ctx, from, feedPath);
        return templates.get("channel").execute(ctx);
    }

    /** A channel's list page (the preview's and tests' single page). */
    public String channelPage(Channel channel, List<ArticleSummary> articles) {
        List<Link> links = articles.stream().map(s -> new Link(s.title(), SitePaths.article(s.id()), s.publishedAt())).toList();
        return listPage(channel.name(), channel, links, Pager.single(SitePaths.channel(channel.slug(), 1)), null);
    }

    /**
     * The home page: on its first page every channel with its latest articles, then the latest
     * articles of the whole site, page by page.
     */
    public String homePage(Map<Channel, List<Link>> byChannel, List<Link> latest, Pager pager, String feedPath) {
        String from = pager.paths().get(pager.page() - 1);
        Map<String, Object> ctx = site(from, "");
        List<Map<String, Object>> sections = new ArrayList<>();
        if (pager.page() == 1) {
            byChannel.forEach((c, list) -> {
                if (!list.isEmpty()) {
                    sections.add(Map.of("name", c.name(), "href", SitePaths.href(from, SitePaths.channel(c.slug(), 1)),
                            "articles", links(list, from)));
                }
            });
        }
        ctx.put("sections", sections);
        ctx.put("latest", links(latest, from));
        ctx.put("pager", pager(pager, from));
        ctx.put("pageTitle", pager.page() == 1 ? profile.homeLabel() : profile.homeLabel() + "（第 " + pager.page() + " 页）");
        ctx.put("description", profile.publishing().description());
        putFeed(ctx, from, feedPath);
        return templates.get("home").execute(ctx);
    }

    /** The page a server shows for an address the site does not have. */
    public String notFoundPage() {
        Map<String, Object> ctx = site(SitePaths.NOT_FOUND, "");
        ctx.put("pageTitle", "页面不存在");
        ctx.put("description", profile.publishing().description());
        // a server shows this page at any depth: its links are absolute from the site's address
        ctx.put("homeHref", profile.publishing().baseUrl());
        ctx.put("stylesheet", profile.publishing().baseUrl() + SitePaths.ASSETS + "site.css");
        List<Map<String, Object>> nav = new ArrayList<>();
        nav.add(Map.of("name", profile.homeLabel(), "href", profile.publishing().baseUrl(), "current", false));
        for (Channel c : profile.channels()) {
            nav.add(Map.of("name", c.name(), "href", profile.publishing().baseUrl() + SitePaths.channel(c.slug(), 1), "current", false));
        }
        ctx.put("nav", nav);
        return templates.get("notFound").execute(ctx);
    }

    private void putFeed(Map<String, Object> ctx, String from, String feedPath) {
        if (feedPath != null) {
            ctx.put("feedHref", SitePaths.href(from, feedPath));
        }
    }

    private Map<String, Object> site(String from, String currentChannel) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("name", profile.siteName());
        site.put("homeLabel", profile.homeLabel());
        site.put("promoText", profile.promoText());
        site.put("promoHref", profile.promoHref());
        // the foot of every page: the copyright line (the site's name without one) and the 备案号 with its registry link
        site.put("copyright", profile.publishing().copyright().isEmpty() ? profile.siteName() : profile.publishing().copyright());
        site.put("icp", profile.publishing().icp());
        site.put("icpHref", SiteProfile.Publishing.ICP_REGISTRY);
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("site", site);
        ctx.put("lang", profile.publishing().language());
        ctx.put("canonical", profile.publishing().baseUrl() + SitePaths.encode(from));
        ctx.put("homeHref", SitePaths.href(from, SitePaths.HOME));
        ctx.put("stylesheet", SitePaths.href(from, SitePaths.ASSETS + "site.css"));
        List<Map<String, Object>> nav = new ArrayList<>();
        nav.add(Map.of("name", profile.homeLabel(), "href", SitePaths.href(from, SitePaths.HOME), "current", currentChannel.isEmpty()));
        for (Channel c : profile.channels()) {
            nav.add(Map.of("name", c.name(), "href", SitePaths.href(from, SitePaths.channel(c.slug(), 1)),
                    "current", c.name().equals(currentChannel)));
        }
        ctx.put("nav", nav);
        return ctx;
    }

    private static Map<String, Object> pager(Pager p, String from) {
        if (p.paths().size() < 2) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> pages = new ArrayList<>();
        for (int i = 1; i <= p.paths().size(); i++) {
            pages.add(Map.of("number", i, "href", SitePaths.href(from, p.paths().get(i - 1)), "current", i == p.page()));
        }
        out.put("pages", pages);
        if (p.page() > 1) {
            out.put("previousHref", SitePaths.href(from, p.paths().get(p.page() - 2)));
        }
        if (p.page() < p.paths().size()) {
            out.put("nextHref", SitePaths.href(from, p.paths().get(p.page())));
        }
        return out;
    }

    private static List<Map<String, Object>> links(List<Link> links, String from) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Link l : links) {
            out.add(link(l, from));
        }
        return out;
    }

    private static Map<String, Object> link(Link l, String from) {
        if (l.image() == null) {
            return Map.of("title", l.title(), "href", SitePaths.href(from, l.path()), "date", shortDate(l.date()));
        }
        return Map.of("title", l.title(), "href", SitePaths.href(from, l.path()), "date", shortDate(l.date()),
                "image", SitePaths.href(from, l.image()));
    }

    /** yyyy-MM-dd, written out by hand: list pages show thousands of them. */
    private static String shortDate(LocalDateTime t) {
        if (t == null) {
            return "";
        }
        int y = t.getYear();
        int m = t.getMonthValue();
        int d = t.getDayOfMonth();
        if (y < 1000 || y > 9999) {
            return SHORT_DATE.format(t);
        }
        return new StringBuilder(10).append(y).append('-').append(m < 10 ? "0" : "").append(m).append('-').append(d < 10 ? "0" : "")
                .append(d).toString();
    }

    /**
     * The body as it appears on the page: sanitised once more (nothing reaches a page that the
     * sanitizer has not passed), with the article's own images pointed at its image folder and any
     * image on another site left out (a page never loads from elsewhere; the check reports it).
     */
    private static String pageBody(Article a, String imageDir, Map<String, Integer> widths, List<Integer> siteWidths) {
        Document doc = Jsoup.parseBodyFragment(Sanitizer.clean(a.bodyHtml()));
        for (Element img : doc.select("img")) {
            String src = img.attr("src");
            if (Images.isArticleImage(src)) {
                img.attr("src", imageDir + src);
                int original = widths.getOrDefault(src, 0);
                List<Integer> narrower = siteWidths.stream().filter(w -> w < original).toList();
                if (!narrower.isEmpty() && Images.resizable(src)) {
                    StringBuilder set = new StringBuilder();
                    for (int w : narrower) {
                        set.append(imageDir).append(Images.widthName(src, w)).append(' ').append(w).append("w, ");
                    }
                    set.append(imageDir).append(src).append(' ').append(original).append('w');
                    img.attr("srcset", set.toString());
                    img.attr("sizes", IMAGE_SIZES);
                }
            } else if (org.copydesk.domain.ImageAsset.isRemote(src)) {
                img.remove();
            }
        }
        doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        return doc.body().html();
    }
}
