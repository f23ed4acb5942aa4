package org.copydesk.ui.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.copydesk.domain.Article;
import org.copydesk.ui.fx.Debouncer;
import org.copydesk.ui.fx.Errors;
import org.copydesk.ui.fx.TaskRunner;

/**
 * Saving the open draft: a moment after typing pauses, at least every {@code maxWait} while typing
 * goes on, and at once when asked (Ctrl+S, before another article opens). Saves of one draft never
 * overlap: a change made during a save is saved right after it, and whatever waits for the save
 * (a flush) runs once it is done. The state is what the status bar says.
 */
final class Autosave {

    /** The draft being saved: a snapshot of it, the store, and what to do with the stored article. */
    interface Target {
        /** True while a draft is open. */
        boolean open();

        /** The draft as it stands (on the FX thread). */
        Article snapshot();

        /** Stores it (in the background); with {@code revision} a revision is kept too. */
        Article store(Article draft, boolean revision);

        /** The save is done (on the FX thread). */
        void stored(Article saved);

        /** A save failed (on the FX thread); returns how long to wait before trying again, or null not to. */
        java.time.Duration failed(Throwable failure);
    }

    private final TaskRunner runner;
    private final Clock clock;
    private final Target target;
    private final Debouncer debouncer;
    private final ReadOnlyObjectWrapper<SaveState> state = new ReadOnlyObjectWrapper<>(SaveState.NONE);
    private boolean keepingVersion;
    private boolean saving;
    private org.copydesk.ui.fx.Cancellable retry = org.copydesk.ui.fx.Cancellable.NONE;
    private boolean saveAgain;
    private boolean pendingRevision;
    private Runnable afterSave;

    Autosave(TaskRunner runner, Clock clock, Duration quiet, Duration maxWait, Target target) {
        this.runner = runner;
        this.clock = clock;
        this.target = target;
        this.debouncer = new Debouncer(runner, quiet, maxWait, () -> save(false, null));
    }

    ReadOnlyObjectProperty<SaveState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The draft changed: it is saved once typing pauses. */
    void changed() {
        if (!saving) {
            state.set(new SaveState(SaveState.Kind.CHANGED, null, ""));
        }
        debouncer.trigger();
    }

    /** Another draft was opened (or none): forget what was pending, show {@code saved} as its state. */
    void reset(Article saved) {
        debouncer.cancel();
        state.set(saved == null || saved.updatedAt() == null ? SaveState.NONE : SaveState.saved(time(saved)));
    }

    /** Saves now and keeps a revision. */
    void saveRevision() {
        debouncer.cancel();
        save(true, null);
    }

    /** Saves any pending change now, then runs {@code then} (also when there was nothing to save). */
    void flush(Runnable then) {
        if (debouncer.isPending()) {
            debouncer.cancel();
            save(false, then);
        } else if (saving) {
            after(then);
        } else {
            then.run();
        }
    }

    /** True while a change has not reached the database. */
    boolean pending() {
        return debouncer.isPending() || saving;
    }

    private void after(Runnable then) {
        if (then == null) {
            return;
        }
        Runnable previous = afterSave;
        afterSave = previous == null ? then : () -> {
            previous.run();
            then.run();
        };
    }

    private void save(boolean revision, Runnable then) {
        if (!target.open()) {
            if (then != null) {
                then.run();
            }
            return;
        }
        if (saving) {
            saveAgain = true;
            pendingRevision |= revision;
            after(then);
            return;
        }
        Article snapshot = target.snapshot();
        saving = true;
        keepingVersion = revision;
        afterSave = then;
        state.set(new SaveState(SaveState.Kind.SAVING, null, ""));
        runner.submit("save article", () -> target.store(snapshot, revision), saved -> finish(saved, null), t -> finish(null, t));
    }

    private void finish(Article saved, Throwable failure) {
        saving = false;
        retry.cancel();
        if (saved != null) {
            target.stored(saved);
            // an explicit save says which version it kept, so it cannot be taken for an autosave
            state.set(keepingVersion ? SaveState.kept(time(saved), (int) saved.version()) : SaveState.saved(time(saved)));
        } else {
            state.set(SaveState.failed(Errors.message(failure)));
            Duration again = target.failed(failure);
            if (again != null) {
                // the server is away: try again until it takes the draft (a keystroke tries at once)
                retry = runner.schedule(again, () -> {
                    if (!saving && state.get().kind() == SaveState.Kind.FAILED) {
                        save(false, null);
                    }
                });
            }
        }
        Runnable then = afterSave;
        afterSave = null;
        if (saveAgain) {
            saveAgain = false;
            boolean revision = pendingRevision;
            pendingRevision = false;
            save(revision, then);
        } else if (then != null) {
            then.run();
        }
        if (debouncer.isPending() && !saving) {
            state.set(new SaveState(SaveState.Kind.CHANGED, null, ""));
        }
    }

    private LocalTime time(Article a) {
        return a.updatedAt().atZone(clock.getZone()).toLocalTime().withNano(0);
    }
}
