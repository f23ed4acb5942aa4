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
 * exporter both call this, so what the editor sees is what gets published.
 */
public final class PageRenderer {

    private final SiteProfile profile;
    private final Map<String, Template> templates = new LinkedHashMap<>();
    private final DateTimeFormatter dateline;
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

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
     * The article's page, as it will be published at {@link SitePaths#article(long)}.
     *
     * @param related the articles the related-news list links to, in order
     */
    public String articlePage(Article a, List<ArticleSummary> related) {
        return articlePage(a, related, UnaryOperator.identity());
    }

    /**
     * The article's page with its body passed through {@code decorateBody} after sanitising: the
     * review copy (findings marked) and the comparison of two revisions. Never used for an export.
     */
    public String articlePage(Article a, List<ArticleSummary> related, UnaryOperator<String> decorateBody) {
        String root = "../";
        Map<String, Object> ctx = site(root, a.channel());
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
        art.put("bodyHtml", decorateBody.apply(pageBody(a)));
        ctx.put("article", art);
        Optional<Channel> channel = profile.channel(a.channel());
        ctx.put("channel", channel.map(c -> Map.of("name", c.name(), "href", root + SitePaths.channel(c.slug())))
                .orElse(null));
        List<Map<String, Object>> rel = new ArrayList<>();
        for (ArticleSummary s : related) {
            rel.add(Map.of("title", s.title(), "href", s.id() + ".html", "date", shortDate(s.publishedAt())));
        }
        ctx.put("related", rel);
        ctx.put("pageTitle", a.title());
        return templates.get("page").execute(ctx);
    }

    /** A channel's index page, listing the given articles in order. */
    public String channelPage(Channel channel, List<ArticleSummary> articles) {
        String root = "../";
        Map<String, Object> ctx = site(root, channel.name());
        ctx.put("channel", Map.of("name", channel.name(), "href", root + SitePaths.channel(channel.slug())));
        ctx.put("articles", entries(articles, root));
        ctx.put("pageTitle", channel.name());
        return templates.get("channel").execute(ctx);
    }

    /** The home page: every channel with its latest articles. */
    public String homePage(Map<Channel, List<ArticleSummary>> byChannel) {
        String root = "";
        Map<String, Object> ctx = site(root, "");
        List<Map<String, Object>> sections = new ArrayList<>();
        byChannel.forEach((c, list) -> {
            if (!list.isEmpty()) {
                sections.add(Map.of("name", c.name(), "href", root + SitePaths.channel(c.slug()),
                        "articles", entries(list, root)));
            }
        });
        ctx.put("sections", sections);
        ctx.put("pageTitle", profile.homeLabel());
        return templates.get("home").execute(ctx);
    }

    private Map<String, Object> site(String root, String currentChannel) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("name", profile.siteName());
        site.put("homeLabel", profile.homeLabel());
        site.put("promoText", profile.promoText());
        site.put("promoHref", profile.promoHref());
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("site", site);
        ctx.put("root", root);
        ctx.put("homeHref", root + SitePaths.HOME);
        ctx.put("stylesheet", root + SitePaths.ASSETS + "site.css");
        List<Map<String, Object>> nav = new ArrayList<>();
        nav.add(Map.of("name", profile.homeLabel(), "href", root + SitePaths.HOME, "current", currentChannel.isEmpty()));
        for (Channel c : profile.channels()) {
            nav.add(Map.of("name", c.name(), "href", root + SitePaths.channel(c.slug()),
                    "current", c.name().equals(currentChannel)));
        }
        ctx.put("nav", nav);
        return ctx;
    }

    private static List<Map<String, Object>> entries(List<ArticleSummary> articles, String root) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ArticleSummary s : articles) {
            out.add(Map.of("title", s.title(), "href", root + SitePaths.article(s.id()), "date", shortDate(s.publishedAt())));
        }
        return out;
    }

    private static String shortDate(LocalDateTime t) {
        return t == null ? "" : SHORT_DATE.format(t);
    }

    /**
     * The body as it appears on the page: sanitised once more (nothing reaches a page that the
     * sanitizer has not passed) and with the article's own images pointed at its image folder.
     */
    private static String pageBody(Article a) {
        Document doc = Jsoup.parseBodyFragment(Sanitizer.clean(a.bodyHtml()));
        String imageDir = "../" + SitePaths.imageDir(a.id());
        for (Element img : doc.select("img[src]")) {
            String src = img.attr("src");
            if (Images.isArticleImage(src)) {
                img.attr("src", imageDir + src);
            }
        }
        doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        return doc.body().html();
    }

}
