package org.copydesk.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.domain.Article;
import org.copydesk.domain.SiteProfile;

/**
 * Article addresses from the profile's pattern ({@code c/{yyyy}-{MM}-{dd}/{id}.shtml}), and the
 * checks a profile's publishing settings must pass: a pattern that gives a relative path of safe
 * characters ending in a page, an absolute {@code http(s)} base address ending with a slash.
 */
public final class Permalinks {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Set<String> KNOWN = Set.of("yyyy", "MM", "dd", "channel", "id", "uuid");
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._\\-/]+");

    private Permalinks() {
    }

    /** Why a pattern cannot be used, or null when it can. */
    public static String problem(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return "is empty";
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            if (!KNOWN.contains(m.group(1))) {
                return "has an unknown placeholder {" + m.group(1) + "} (known: {yyyy} {MM} {dd} {channel} {id} {uuid})";
            }
        }
        String sample = PLACEHOLDER.matcher(pattern).replaceAll("x");
        if (!SAFE.matcher(sample).matches()) {
            return "may only hold letters, digits, . _ - / and placeholders";
        }
        if (sample.startsWith("/") || sample.contains("//") || sample.contains("/../") || sample.startsWith("../")
                || sample.contains("/./") || sample.startsWith("./")) {
            return "must be a relative path inside the site";
        }
        String lower = sample.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".shtml"))) {
            return "must end with .html, .htm or .shtml";
        }
        if (!pattern.contains("{id}") && !pattern.contains("{uuid}")) {
            return "must contain {id} or {uuid}, so that two articles never share an address";
        }
        if (Set.of("index.html", "404.html").contains(sample) || sample.startsWith("assets/") || sample.startsWith("channels/")
                || sample.startsWith("keywords/") || sample.startsWith("feeds/")) {
            return "must not lead into the site's own folders (assets, channels, keywords, feeds)";
        }
        return null;
    }

    /** Why a base address cannot be used, or null when it can. */
    public static String baseUrlProblem(String baseUrl) {
        try {
            URI u = new URI(baseUrl);
            if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null) {
                return "must be an absolute http:// or https:// address";
            }
            if (u.getQuery() != null || u.getFragment() != null || !baseUrl.endsWith("/")) {
                return "must end with / and carry no ? or #";
            }
            return null;
        } catch (URISyntaxException e) {
            return "is not an address (" + e.getReason() + ")";
        }
    }

    /**
     * The path an article is first published at. The date is the article's publication time, or
     * {@code at} when it has none.
     */
    public static String path(SiteProfile profile, Article a, LocalDateTime at) {
        LocalDateTime t = a.publishedAt() != null ? a.publishedAt() : at;
        String channel = profile.channel(a.channel()).map(c -> c.slug()).orElse("news");
        Matcher m = PLACEHOLDER.matcher(profile.publishing().permalink());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = switch (m.group(1)) {
                case "yyyy" -> String.format("%04d", t.getYear());
                case "MM" -> String.format("%02d", t.getMonthValue());
                case "dd" -> String.format("%02d", t.getDayOfMonth());
                case "channel" -> channel;
                case "id" -> Long.toString(a.id());
                case "uuid" -> a.uuid();
                default -> throw new IllegalStateException(m.group(1));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }
}
