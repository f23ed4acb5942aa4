package org.copydesk.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where each file of an exported site lives, relative to the site's folder, and how one page links
 * to another: always relative to the linking page's own folder, so the site works from disk or
 * from a server at any address.
 */
public final class SitePaths {

    public static final String HOME = "index.html";
    public static final String ASSETS = "assets/";
    public static final String MANIFEST = "site.json";
    public static final String NOT_FOUND = "404.html";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String NEWS_SITEMAP = "sitemap-news.xml";
    public static final String ROBOTS = "robots.txt";

    private SitePaths() {
    }

    /** Where the preview keeps an article's page (an export uses the profile's permalink). */
    public static String article(long id) {
        return "articles/" + id + ".html";
    }

    public static String imageDir(long id) {
        return "images/" + id + "/";
    }

    /** A channel's list page, numbered from 1. */
    public static String channel(String slug, int page) {
        return "channels/" + slug + (page == 1 ? "" : "_" + page) + ".html";
    }

    /** The home page's pages: index.html, index_2.html, … */
    public static String home(int page) {
        return page == 1 ? HOME : "index_" + page + ".html";
    }

    /**
     * A keyword's list page. The keyword becomes the file name, with the characters a file name or an
     * address cannot carry replaced; a long or altered keyword gets a short hash so two never meet.
     */
    public static String keyword(String keyword, int page) {
        String safe = SAFE_NAMES.size() > 100_000 ? safeName(keyword) : SAFE_NAMES.computeIfAbsent(keyword, SitePaths::safeName);
        return "keywords/" + safe + (page == 1 ? "" : "_" + page) + ".html";
    }

    private static final java.util.regex.Pattern UNSAFE = java.util.regex.Pattern.compile("[\\\\/:*?\"<>|#%&+\\s\\p{Cntrl}]");
    /** A site names the same keywords on page after page. */
    private static final java.util.Map<String, String> SAFE_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String safeName(String keyword) {
        String safe = UNSAFE.matcher(keyword.strip()).replaceAll("_");
        if (safe.startsWith(".")) {
            safe = "_" + safe.substring(1);
        }
        if (!safe.equals(keyword) || safe.length() > 40) {
            safe = (safe.length() > 40 ? safe.substring(0, 40) : safe) + "-" + shortHash(keyword);
        }
        return safe;
    }

    /** A channel's feed, or the site's with null. */
    public static String feed(String slug) {
        return slug == null ? FEED : "feeds/" + slug + ".xml";
    }

    /** The href on page {@code from} that reaches {@code to} (both paths under the site's root), as short as it can be. */
    public static String href(String from, String to) {
        int fromDir = from.lastIndexOf('/');
        int limit = Math.min(fromDir, to.lastIndexOf('/'));
        int common = 0;
        for (int i = 0; i <= limit && from.charAt(i) == to.charAt(i); i++) {
            if (from.charAt(i) == '/') {
                common = i + 1;
            }
        }
        StringBuilder out = new StringBuilder(to.length() + 16);
        for (int k = common; k <= fromDir; k++) {
            if (from.charAt(k) == '/') {
                out.append("../");
            }
        }
        for (int start = common; ; ) {
            int slash = to.indexOf('/', start);
            out.append(segment(slash < 0 ? to.substring(start) : to.substring(start, slash)));
            if (slash < 0) {
                return out.toString();
            }
            out.append('/');
            start = slash + 1;
        }
    }

    private static final java.util.Map<String, String> ENCODED = new java.util.concurrent.ConcurrentHashMap<>();

    private static String segment(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_')) {
                // a site links to the same few thousand keyword pages again and again
                return ENCODED.size() > 100_000 ? encodeSegment(s) : ENCODED.computeIfAbsent(s, SitePaths::encodeSegment);
            }
        }
        return s;
    }

    private static String encodeSegment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A path as it is written in an address: each segment percent-encoded where it must be. */
    public static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (out.length() > 0 || path.startsWith("/")) {
                out.append('/');
            }
            out.append(segment(segment));
        }
        return out.toString();
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
