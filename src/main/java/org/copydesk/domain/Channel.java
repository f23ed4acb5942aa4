package org.copydesk.domain;

import java.util.List;

/**
 * A site section: its display name (要闻), the slug its index page is written under, the cue words
 * that suggest an article belongs in it while the desk has no archive to learn from, and the length
 * (字数) its articles should have: {@code minLength}–{@code maxLength} characters, 0 for no bound.
 */
public record Channel(String name, String slug, List<String> cues, int minLength, int maxLength) {

    public Channel {
        cues = cues == null ? List.of() : List.copyOf(cues);
        if (minLength < 0 || maxLength < 0 || maxLength > 0 && minLength > maxLength) {
            throw new IllegalArgumentException("channel " + name + ": length must be 0 ≤ min ≤ max");
        }
    }

    public Channel(String name, String slug, List<String> cues) {
        this(name, slug, cues, 0, 0);
    }

    public Channel(String name, String slug) {
        this(name, slug, List.of());
    }

    /** True when the channel names a length for its articles. */
    public boolean hasLength() {
        return minLength > 0 || maxLength > 0;
    }

    /** True when {@code characters} is outside the channel's length. */
    public boolean outsideLength(int characters) {
        return characters < minLength || maxLength > 0 && characters > maxLength;
    }
}
