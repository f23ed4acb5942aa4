package org.copydesk.ui.fx;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The window's preferences (geometry, divider positions, preview width, the chosen site profile),
 * behind typed keys with defaults. Articles never live here; they live in the database.
 */
public final class Settings {

    /** A named preference with its default. */
    public record Key<T>(String name, T defaultValue) {
    }

    public static final Key<Double> WINDOW_X = new Key<>("window.x", Double.NaN);
    public static final Key<Double> WINDOW_Y = new Key<>("window.y", Double.NaN);
    public static final Key<Double> WINDOW_WIDTH = new Key<>("window.width", 1440.0);
    public static final Key<Double> WINDOW_HEIGHT = new Key<>("window.height", 900.0);
    public static final Key<Boolean> WINDOW_MAXIMIZED = new Key<>("window.maximized", false);
    public static final Key<Double> DIVIDER_LIST = new Key<>("divider.list", 0.2);
    public static final Key<Double> DIVIDER_PREVIEW = new Key<>("divider.preview", 0.58);
    public static final Key<Boolean> PREVIEW_MOBILE = new Key<>("preview.mobile", false);
    public static final Key<String> SITE_PROFILE = new Key<>("site.profile", "");
    public static final Key<Long> LAST_ARTICLE = new Key<>("article.last", 0L);
    public static final Key<Boolean> REVIEW_MODE = new Key<>("review.mode", false);
    public static final Key<Double> DIVIDER_REVIEW = new Key<>("divider.review", 0.62);
    public static final Key<String> REVIEWER = new Key<>("review.name", "");
    /** The folder the site was last published into. */
    public static final Key<String> PUBLISH_DIR = new Key<>("publish.dir", "");
    /** The folder an article was last exported into, offered first next time. */
    public static final Key<String> EXPORT_DIR = new Key<>("export.dir", "");
    /** The last shared desk opened from the window (its address only; a password is never kept). */
    public static final Key<String> SHARED_ADDRESS = new Key<>("shared.address", "");

    private final Preferences prefs;

    public Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Key<T> key) {
        Object d = key.defaultValue();
        Object v;
        if (d instanceof Double dd) {
            v = prefs.getDouble(key.name(), dd);
        } else if (d instanceof Boolean b) {
            v = prefs.getBoolean(key.name(), b);
        } else if (d instanceof Long l) {
            v = prefs.getLong(key.name(), l);
        } else {
            v = prefs.get(key.name(), (String) d);
        }
        return (T) v;
    }

    public <T> void put(Key<T> key, T value) {
        if (value instanceof Double d) {
            prefs.putDouble(key.name(), d);
        } else if (value instanceof Boolean b) {
            prefs.putBoolean(key.name(), b);
        } else if (value instanceof Long l) {
            prefs.putLong(key.name(), l);
        } else {
            prefs.put(key.name(), String.valueOf(value));
        }
    }

    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            java.util.logging.Logger.getLogger(Settings.class.getName()).warning("preferences not saved: " + e.getMessage());
        }
    }
}
