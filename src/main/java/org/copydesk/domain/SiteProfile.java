package org.copydesk.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything about a site that is data rather than code: its name, channels, promo line, script
 * and the page templates and stylesheet its pages are rendered with.
 *
 * @param templates template name (page, channel, home) to its Mustache text
 * @param assets    file name under {@code assets/} to its bytes (the stylesheet and anything it uses)
 * @param terms     the site's own terms (两个维护, 人类命运共同体…) that word segmentation must keep whole
 * @param review    the desk's 三审三校: rounds required before approval, who may sign what
 */
public record SiteProfile(
        String id,
        String siteName,
        String homeLabel,
        List<Channel> channels,
        String promoText,
        String promoHref,
        Script script,
        String dateFormat,
        int relatedLimit,
        Map<String, String> templates,
        Map<String, byte[]> assets,
        List<String> terms,
        Limits limits,
        Publishing publishing,
        ReviewRules review) {

    /** What the profile allows: title length in characters, number of keywords. */
    public record Limits(int titleMin, int titleMax, int keywordsMin, int keywordsMax) {
        public static final Limits DEFAULT = new Limits(5, 40, 3, 8);
    }

    /**
     * How the site is published: its absolute address (feeds, sitemaps and canonical links use it),
     * the pattern of article addresses, list and feed lengths, and what feeds and search engines are
     * told about it.
     *
     * @param baseUrl     absolute {@code http(s)://host/path/}, ending with a slash
     * @param permalink   an article's path under the site: placeholders {@code {yyyy} {MM} {dd}
     *                    {channel} {id} {uuid}}, e.g. {@code c/{yyyy}-{MM}-{dd}/{id}.shtml}
     * @param pageSize    articles per list page
     * @param feedLength  items per feed
     * @param language    the pages' and feeds' language ({@code zh-CN})
     * @param description the site's description in feeds and on the home page
     * @param copyright   the copyright line at the foot of every page (the site's name when empty)
     * @param icp         the site's ICP 备案号, linked to the registry at the foot of every page (none when empty)
     * @param imageWidths the widths in pixels the site's pictures are published at besides their original
     *                    (a page offers them to the browser, which takes what the screen needs), smallest first
     */
    public record Publishing(String baseUrl, String permalink, int pageSize, int feedLength, String language, String description,
                             String copyright, String icp, List<Integer> imageWidths) {
        public static final Publishing DEFAULT =
                new Publishing("https://www.example.com/", "articles/{id}.html", 20, 20, "zh-CN", "");

        /** The MIIT registry a 备案号 links to, as regulation asks. */
        public static final String ICP_REGISTRY = "https://beian.miit.gov.cn/";

        public Publishing {
            copyright = copyright == null ? "" : copyright.strip();
            icp = icp == null ? "" : icp.strip();
            imageWidths = imageWidths == null ? List.of() : imageWidths.stream().distinct().sorted().toList();
        }

        /** Publishing settings with no other picture widths than the originals. */
        public Publishing(String baseUrl, String permalink, int pageSize, int feedLength, String language, String description,
                          String copyright, String icp) {
            this(baseUrl, permalink, pageSize, feedLength, language, description, copyright, icp, List.of());
        }

        /** Publishing settings with no copyright line or 备案号 of their own. */
        public Publishing(String baseUrl, String permalink, int pageSize, int feedLength, String language, String description) {
            this(baseUrl, permalink, pageSize, feedLength, language, description, "", "");
        }
    }

    /** A profile with the default publishing settings. */
    public SiteProfile(String id, String siteName, String homeLabel, List<Channel> channels, String promoText, String promoHref,
                       Script script, String dateFormat, int relatedLimit, Map<String, String> templates, Map<String, byte[]> assets,
                       List<String> terms, Limits limits) {
        this(id, siteName, homeLabel, channels, promoText, promoHref, script, dateFormat, relatedLimit, templates, assets, terms,
                limits, Publishing.DEFAULT);
    }

    /** A profile with the default review rules. */
    public SiteProfile(String id, String siteName, String homeLabel, List<Channel> channels, String promoText, String promoHref,
                       Script script, String dateFormat, int relatedLimit, Map<String, String> templates, Map<String, byte[]> assets,
                       List<String> terms, Limits limits, Publishing publishing) {
        this(id, siteName, homeLabel, channels, promoText, promoHref, script, dateFormat, relatedLimit, templates, assets, terms,
                limits, publishing, ReviewRules.DEFAULT);
    }

    /** The same site with other review rules. */
    public SiteProfile withReview(ReviewRules rules) {
        return new SiteProfile(id, siteName, homeLabel, channels, promoText, promoHref, script, dateFormat, relatedLimit, templates,
                assets, terms, limits, publishing, rules);
    }

    public SiteProfile {
        review = review == null ? ReviewRules.DEFAULT : review;
        publishing = publishing == null ? Publishing.DEFAULT : publishing;
        limits = limits == null ? Limits.DEFAULT : limits;
        terms = terms == null ? List.of() : List.copyOf(terms);
        channels = List.copyOf(channels);
        templates = Map.copyOf(templates);
        assets = Map.copyOf(assets);
    }

    public Optional<Channel> channel(String name) {
        return channels.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public List<String> channelNames() {
        return channels.stream().map(Channel::name).toList();
    }
}
