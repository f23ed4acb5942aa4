package org.copydesk.text;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What was worked out for the most recent keys, the least recently used dropped first: the checks
 * see the same paragraphs again each time the preview refreshes. Bounded by how many keys it holds
 * and, where the keys are texts, by their total length (a paragraph of 50,000 characters edited a
 * thousand times must not keep a thousand copies). Safe to share between threads.
 */
public final class RecentCache<K, V> {

    /**
     * The characters of text the paragraph caches keep at most: ten times the longest article the
     * desk is measured on, so a whole article stays kept while it is edited.
     */
    public static final long TEXT = 2_000_000;

    private final LinkedHashMap<K, V> map = new LinkedHashMap<>(256, 0.75f, true);
    private final int size;
    private final long maxWeight;
    private final ToLongFunction<K> weight;
    private long held;

    public RecentCache(int size) {
        this(size, Long.MAX_VALUE, k -> 0);
    }

    /** At most {@code size} keys, whose {@code weight}s (a text's length) add up to at most {@code maxWeight}. */
    public RecentCache(int size, long maxWeight, ToLongFunction<K> weight) {
        this.size = size;
        this.maxWeight = maxWeight;
        this.weight = weight;
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
            if (map.put(key, made) == null) {
                held += weight.applyAsLong(key);
            }
            Iterator<Map.Entry<K, V>> eldest = map.entrySet().iterator();
            while ((map.size() > size || held > maxWeight) && eldest.hasNext()) {
                K k = eldest.next().getKey();
                if (k.equals(key)) {
                    // the one just made is kept, even alone over the bound: the caller is about to use it
                    continue;
                }
                held -= weight.applyAsLong(k);
                eldest.remove();
            }
        }
        return made;
    }

    /** How many keys are kept. */
    public int size() {
        synchronized (map) {
            return map.size();
        }
    }
}
