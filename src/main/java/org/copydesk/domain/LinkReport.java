package org.copydesk.domain;

import java.util.List;

/**
 * What a link check of an exported site found: pages and links checked, the links that lead
 * nowhere, and the external addresses (listed, never fetched) as {@code page<TAB>address}.
 */
public record LinkReport(int pages, int links, List<Broken> broken, List<String> external) {

    public static final LinkReport NONE = new LinkReport(0, 0, List.of(), List.of());

    /** A link that leads nowhere: the page it is on, the link as written, and why. */
    public record Broken(String page, String href, String why) {
    }

    public LinkReport {
        broken = List.copyOf(broken);
        external = List.copyOf(external);
    }

    public boolean ok() {
        return broken.isEmpty();
    }
}
