package org.copydesk.domain;

import java.util.List;

/**
 * A site section: its display name (要闻), the slug its index page is written under, and the cue
 * words that suggest an article belongs in it while the desk has no archive to learn from.
 */
public record Channel(String name, String slug, List<String> cues) {

    public Channel {
        cues = cues == null ? List.of() : List.copyOf(cues);
    }

    public Channel(String name, String slug) {
        this(name, slug, List.of());
    }
}
