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
        Limits limits) {

    /** What the profile allows: title length in characters, number of keywords. */
    public record Limits(int titleMin, int titleMax, int keywordsMin, int keywordsMax) {
        public static final Limits DEFAULT = new Limits(5, 40, 3, 8);
    }

    public SiteProfile {
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
