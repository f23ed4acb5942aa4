package org.copydesk.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What was worked out for the most recent keys, the least recently used dropped first: the checks
 * see the same paragraphs again each time the preview refreshes. Safe to share between threads.
 */
public final class RecentCache<K, V> {

    private final Map<K, V> map;

    public RecentCache(int size) {
        this.map = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> e) {
                return size() > size;
            }
        };
    }

    /** The value for {@code key}, worked out by {@code work} (outside the lock) when it is not kept. */
    public V get(K key, Function<K, V> work) {
        synchronized (map) {
            V known = map.get(key);
            if (known != null) {
                return known;
            }
        }
        V made = work.apply(key);
        synchronized (map) {
            map.put(key, made);
        }
        return made;
    }
}
