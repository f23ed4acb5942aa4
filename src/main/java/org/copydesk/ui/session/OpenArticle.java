package org.copydesk.ui.session;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.copydesk.domain.Article;
import org.copydesk.domain.Status;

/**
 * The article open in the window, as the editor, the preview, the tagger and the review panel share
 * it: the version last stored, its status, a count of edits, its keywords as typed, and the few
 * things the others may ask of the editor (the draft as it stands, save what is pending, a fix in a
 * field, a status changed elsewhere). None of them holds another's view model.
 */
public final class OpenArticle {

    /** What the editor does for the others: it owns the fields being typed in. */
    public interface Editing {
        /** The draft as it stands in the editor, body not yet sanitised. */
        Article draft();

        /** Saves any pending change now, then runs {@code then} (also when there was nothing to save). */
        void flush(Runnable then);

        /** Replaces {@code expected} at [start, end) of a text field; false when it is no longer there. */
        boolean replaceInField(String field, int start, int end, String expected, String replacement);

        void setChannel(String name);

        void addKeyword(String word);

        /** The stored article changed outside the editor (a review step): take its status and version. */
        void statusChanged(Article saved);

        /** A new stored version of the open article (a revision restored), body included. */
        void reload(Article a);

        /** True while a change has not reached the database. */
        default boolean pending() {
            return false;
        }
    }

    /**
     * An open article with no editor behind it: the draft comes from {@code draft}, and every edit
     * asked of it is refused (a preview on its own, before the editor is attached).
     */
    public static Editing draftOnly(Supplier<Article> draft) {
        return new Editing() {
            @Override
            public Article draft() {
                return draft.get();
            }

            @Override
            public void flush(Runnable then) {
                then.run();
            }

            @Override
            public boolean replaceInField(String field, int start, int end, String expected, String replacement) {
                return false;
            }

            @Override
            public void setChannel(String name) {
            }

            @Override
            public void addKeyword(String word) {
            }

            @Override
            public void statusChanged(Article saved) {
            }

            @Override
            public void reload(Article a) {
            }
        };
    }

    private static final Editing NONE = draftOnly(() -> null);

    private final ReadOnlyObjectWrapper<Article> stored = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.DRAFT);
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper();
    private final ObservableList<String> keywords = FXCollections.observableArrayList();
    private final ObjectProperty<String> heldBy = new SimpleObjectProperty<>();
    private Editing editing = NONE;

    /** The editor that owns the fields. */
    public void attach(Editing editor) {
        this.editing = editor;
    }

    // ---- what everyone reads -------------------------------------------------------------------

    /** The version last stored; null when no article is open. Replaced on every save, status change and restore. */
    public ReadOnlyObjectProperty<Article> storedProperty() {
        return stored.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Counts every edit (and every article opened). */
    public ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /**
     * On a shared desk, a sentence saying who has the open article open for editing elsewhere and
     * since when, or null when this window may write it.
     */
    public ObjectProperty<String> heldByProperty() {
        return heldBy;
    }

    /** The keywords as the editor has them now. */
    public ObservableList<String> keywords() {
        return keywords;
    }

    /** The open article's number, or 0. */
    public long id() {
        Article a = stored.get();
        return a == null ? 0 : a.id();
    }

    /** The draft as it stands in the editor, or null when none is open. */
    public Article draft() {
        return id() == 0 ? null : editing.draft();
    }

    // ---- what the others ask of the editor ------------------------------------------------------

    public void flush(Runnable then) {
        editing.flush(then);
    }

    public boolean replaceInField(String field, int start, int end, String expected, String replacement) {
        return editing.replaceInField(field, start, end, expected, replacement);
    }

    public void setChannel(String name) {
        editing.setChannel(name);
    }

    public void addKeyword(String word) {
        editing.addKeyword(word);
    }

    public void statusChanged(Article saved) {
        editing.statusChanged(saved);
    }

    public void reload(Article a) {
        editing.reload(a);
    }

    /** True while the editor has a change that has not reached the database. */
    public boolean pending() {
        return editing.pending();
    }

    // ---- what the editor tells everyone ---------------------------------------------------------

    public void setStored(Article a) {
        stored.set(a);
    }

    public void setStatus(Status s) {
        status.set(s);
    }

    public void changed() {
        changes.set(changes.get() + 1);
    }
}
