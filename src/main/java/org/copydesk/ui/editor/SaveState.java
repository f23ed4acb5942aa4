package org.copydesk.ui.editor;

import java.time.LocalTime;

/**
 * What the status bar says about the open draft: saved (and when, and the version kept when the save
 * kept one), changed, saving, or failed (and why).
 */
public record SaveState(Kind kind, LocalTime at, String message, int version) {

    public enum Kind { NONE, SAVED, CHANGED, SAVING, FAILED }

    public static final SaveState NONE = new SaveState(Kind.NONE, null, "", 0);

    public SaveState(Kind kind, LocalTime at, String message) {
        this(kind, at, message, 0);
    }

    public static SaveState saved(LocalTime at) {
        return new SaveState(Kind.SAVED, at, "", 0);
    }

    /** Saved, and kept as version {@code version} (an explicit save). */
    public static SaveState kept(LocalTime at, int version) {
        return new SaveState(Kind.SAVED, at, "", version);
    }

    public static SaveState failed(String message) {
        return new SaveState(Kind.FAILED, null, message, 0);
    }
}
