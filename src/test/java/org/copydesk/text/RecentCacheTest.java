package org.copydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentCacheTest {

    /** Which keys had to be worked out, in order. */
    private final List<String> worked = new ArrayList<>();

    private String work(String key) {
        worked.add(key);
        return key.toUpperCase();
    }

    @Test
    void theLeastRecentlyUsedKeyGoesFirst() {
        RecentCache<String, String> cache = new RecentCache<>(2);
        cache.get("a", this::work);
        cache.get("b", this::work);
        assertThat(cache.get("a", this::work)).isEqualTo("A");
        cache.get("c", this::work);
        // b was used least recently: it went, a stayed
        cache.get("a", this::work);
        cache.get("b", this::work);
        assertThat(worked).containsExactly("a", "b", "c", "b");
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void textsAreKeptUpToTheirTotalLength() {
        RecentCache<String, String> cache = new RecentCache<>(100, 10, String::length);
        cache.get("aaaa", this::work);
        cache.get("bbbb", this::work);
        cache.get("cccc", this::work);
        assertThat(cache.size()).isEqualTo(2);
        cache.get("cccc", this::work);
        cache.get("bbbb", this::work);
        cache.get("aaaa", this::work);
        assertThat(worked).containsExactly("aaaa", "bbbb", "cccc", "aaaa");
    }

    @Test
    void aTextLongerThanTheBoundIsStillAnsweredAndKeptUntilTheNext() {
        RecentCache<String, String> cache = new RecentCache<>(100, 10, String::length);
        cache.get("short", this::work);
        String longer = "x".repeat(50);
        assertThat(cache.get(longer, this::work)).isEqualTo("X".repeat(50));
        assertThat(cache.size()).isEqualTo(1);
        cache.get(longer, this::work);
        cache.get("y", this::work);
        assertThat(cache.size()).isEqualTo(1);
        cache.get(longer, this::work);
        assertThat(worked).containsExactly("short", longer, "y", longer);
    }
}
