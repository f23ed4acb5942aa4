package org.copydesk.site;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.copydesk.domain.SiteProfile;

/**
 * The site's machine-read files: RSS 2.0 feeds, sitemaps (sitemaps.org 0.9, with an index past
 * 50,000 addresses or 50 MB), the Google News sitemap and robots.txt. Every address is absolute,
 * from the profile's base address; every date carries the site's offset.
 */
final class SiteFeeds {

    /** The site's time: China Standard Time. */
    static final ZoneOffset ZONE = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** One item of a feed or address of a sitemap. */
    record Item(String title, String path, LocalDateTime date, String summary, String byline, LocalDateTime lastmod, String image) {
        Item(String title, String path, LocalDateTime date, String summary, String byline, LocalDateTime lastmod) {
            this(title, path, date, summary, byline, lastmod, null);
        }
    }

    private final SiteProfile profile;

    SiteFeeds(SiteProfile profile) {
        this.profile = profile;
    }

    String url(String path) {
        return profile.publishing().baseUrl() + SitePaths.encode(path);
    }

    /** An RSS 2.0 feed: the newest items first, as many as the profile's feed length. */
    String rss(String title, String pagePath, String feedPath, List<Item> items) {
        String description = profile.publishing().description().isBlank() ? profile.siteName() : profile.publishing().description();
        StringBuilder b = new StringBuilder(4096);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        b.append("<channel>\n");
        element(b, "title", title);
        element(b, "link", url(pagePath));
        element(b, "description", description);
        element(b, "language", profile.publishing().language().toLowerCase(Locale.ROOT));
        if (!items.isEmpty()) {
            element(b, "lastBuildDate", rfc822(items.get(0).date()));
        }
        b.append("<atom:link href=\"").append(xml(url(feedPath))).append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
        for (Item i : items) {
            b.append("<item>\n");
            element(b, "title", i.title());
            element(b, "link", url(i.path()));
            b.append("<guid isPermaLink=\"true\">").append(xml(url(i.path()))).append("</guid>\n");
            element(b, "pubDate", rfc822(i.date()));
            if (!i.summary().isBlank()) {
                element(b, "description", i.summary());
            }
            if (!i.byline().isBlank()) {
                element(b, "dc:creator", i.byline());
            }
            if (i.image() != null) {
                // the lead picture, as feed readers show it (Media RSS)
                b.append("<media:content xmlns:media=\"http://search.yahoo.com/mrss/\" medium=\"image\" url=\"")
                        .append(xml(url(i.image()))).append("\"/>\n");
            }
            b.append("</item>\n");
        }
        b.append("</channel>\n</rss>\n");
        return b.toString();
    }

    /**
     * The sitemap: one file, or past {@code maxUrls} addresses or {@code maxBytes} an index
     * ({@code sitemap.xml}) naming the parts ({@code sitemap-1.xml}, …). Returns path → text.
     */
    java.util.Map<String, String> sitemaps(List<Item> items, int maxUrls, int maxBytes) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = null;
        int count = 0;
        long bytes = 0;
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
        String tail = "</urlset>\n";
        for (Item i : items) {
            StringBuilder url = new StringBuilder("<url><loc>").append(xml(url(i.path()))).append("</loc>");
            if (i.lastmod() != null) {
                url.append("<lastmod>").append(w3c(i.lastmod())).append("</lastmod>");
            }
            url.append("</url>\n");
            int size = utf8Length(url);
            if (part == null || count == maxUrls || bytes + size + tail.length() > maxBytes) {
                if (part != null) {
                    parts.add(part.append(tail).toString());
                }
                part = new StringBuilder(head);
                count = 0;
                bytes = head.length();
            }
            part.append(url);
            bytes += size;
            count++;
        }
        if (part == null) {
            part = new StringBuilder(head);
        }
        parts.add(part.append(tail).toString());
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (parts.size() == 1) {
            out.put(SitePaths.SITEMAP, parts.get(0));
            return out;
        }
        StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int n = 1; n <= parts.size(); n++) {
            String path = "sitemap-" + n + ".xml";
            out.put(path, parts.get(n - 1));
            index.append("<sitemap><loc>").append(xml(url(path))).append("</loc></sitemap>\n");
        }
        index.append("</sitemapindex>\n");
        out.put(SitePaths.SITEMAP, index.toString());
        return out;
    }

    /** The Google News sitemap of the given (recent) articles. */
    String newsSitemap(List<Item> items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
        String language = newsLanguage();
        for (Item i : items) {
            b.append("<url><loc>").append(xml(url(i.path()))).append("</loc><news:news><news:publication><news:name>")
                    .append(xml(profile.siteName())).append("</news:name><news:language>").append(language)
                    .append("</news:language></news:publication><news:publication_date>").append(w3c(i.date()))
                    .append("</news:publication_date><news:title>").append(xml(i.title())).append("</news:title></news:news></url>\n");
        }
        return b.append("</urlset>\n").toString();
    }

    /** Google News names Chinese by script: zh-cn for Simplified, zh-tw for Traditional. */
    private String newsLanguage() {
        String l = profile.publishing().language().toLowerCase(Locale.ROOT);
        if (l.startsWith("zh")) {
            return l.contains("tw") || l.contains("hk") || l.contains("hant") ? "zh-tw" : "zh-cn";
        }
        return l.split("-")[0];
    }

    String robots() {
        return "User-agent: *\nAllow: /\nSitemap: " + url(SitePaths.SITEMAP) + "\n";
    }

    static String rfc822(LocalDateTime t) {
        return RFC_822.format(t.atOffset(ZONE));
    }

    static String w3c(LocalDateTime t) {
        return W3C.format(t.atOffset(ZONE));
    }

    private static void element(StringBuilder b, String name, String text) {
        b.append('<').append(name).append('>').append(xml(text)).append("</").append(name).append(">\n");
    }

    private static int utf8Length(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    /** Text escaped for XML, with characters XML 1.0 does not allow left out. */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            b.append(c);
                        }
                    }
                }
            }
        }
        return b.toString();
    }
}
