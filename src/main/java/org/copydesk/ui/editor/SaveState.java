package org.copydesk.ui.editor;

import java.time.LocalTime;

/** What the status bar says about the open draft: saved (and when), changed, saving, or failed (and why). */
public record SaveState(Kind kind, LocalTime at, String message) {

    public enum Kind { NONE, SAVED, CHANGED, SAVING, FAILED }

    public static final SaveState NONE = new SaveState(Kind.NONE, null, "");

    public static SaveState saved(LocalTime at) {
        return new SaveState(Kind.SAVED, at, "");
    }

    public static SaveState failed(String message) {
        return new SaveState(Kind.FAILED, null, message);
    }
}
