package org.copydesk.ui.shared;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.copydesk.domain.Article;
import org.copydesk.l10n.Messages;
import org.copydesk.service.DraftService;
import org.copydesk.service.LiveService;
import org.copydesk.ui.fx.Cancellable;
import org.copydesk.ui.fx.Debouncer;
import org.copydesk.ui.fx.Errors;
import org.copydesk.ui.fx.TaskRunner;
import org.copydesk.ui.session.OpenArticle;

/**
 * The window on a shared desk: other people's changes reach the draft list and the open article
 * as they happen, and the open article is held for editing (a soft lock kept alive every half
 * minute) or, when someone else holds it, shown read-only with their name and a way to take it
 * over. On a desk in a file it does nothing.
 */
public final class SharedViewModel implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SharedViewModel.class.getName());
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    /** How often a held article's lock is renewed (a lock not renewed for two minutes is free). */
    static final Duration HEARTBEAT = Duration.ofSeconds(30);

    private final LiveService live;
    private final DraftService drafts;
    private final OpenArticle session;
    private final TaskRunner runner;
    private final Messages m = Messages.get();
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper held = new ReadOnlyBooleanWrapper(false);
    private final Debouncer heard;
    private final Set<Long> heardIds = new HashSet<>();
    private boolean heardAll;
    private Runnable onListChanged = () -> { };
    private AutoCloseable watch;
    private long locked;
    private String holderName = "";
    private Cancellable beat = Cancellable.NONE;

    public SharedViewModel(LiveService live, DraftService drafts, OpenArticle session, TaskRunner runner) {
        this.live = live;
        this.drafts = drafts;
        this.session = session;
        this.runner = runner;
        // a burst of changes (an import on another desk) is one refresh, within half a second
        this.heard = new Debouncer(runner, Duration.ofMillis(100), Duration.ofMillis(500), this::refresh);
    }

    /** True on a shared desk. */
    public boolean shared() {
        return live.shared();
    }

    /** Runs when other people's changes may have changed the draft list. */
    public void setOnListChanged(Runnable onListChanged) {
        this.onListChanged = onListChanged;
    }

    /** The last thing to tell the person (a takeover, say). */
    public StringProperty messageProperty() {
        return message;
    }

    /** True while someone else holds the open article (the lock bar shows, the editor is read-only). */
    public ReadOnlyBooleanProperty heldElsewhereProperty() {
        return held.getReadOnlyProperty();
    }

    /** Who holds the open article elsewhere, as a sentence for the lock bar; null when nobody else does. */
    public javafx.beans.value.ObservableValue<String> heldByProperty() {
        return session.heldByProperty();
    }

    /** Starts listening for other people's changes and following the open article's lock. */
    public void start() {
        if (!shared()) {
            return;
        }
        watch = live.watch(id -> runner.onUi(() -> heard(id)));
        session.storedProperty().addListener((o, was, now) -> {
            long id = now == null ? 0 : now.id();
            if (id != locked) {
                follow(id);
            }
        });
        follow(session.id());
    }

    private void heard(long id) {
        if (id == 0) {
            heardAll = true;
        } else {
            heardIds.add(id);
        }
        heard.trigger();
    }

    /** The list again, and the open article when it was among the changed ones. */
    private void refresh() {
        boolean all = heardAll;
        Set<Long> ids = Set.copyOf(heardIds);
        heardAll = false;
        heardIds.clear();
        onListChanged.run();
        long open = session.id();
        if (open != 0 && (all || ids.contains(open))) {
            runner.submit("refresh open article", () -> new Fresh(drafts.find(open), live.open(open)), f -> apply(open, f), this::fail);
        }
    }

    private record Fresh(Optional<Article> article, Optional<LiveService.Holder> holder) {
    }

    private void apply(long id, Fresh f) {
        if (session.id() != id) {
            return;
        }
        boolean wasHeld = held.get();
        holder(f.holder());
        if (!wasHeld && held.get()) {
            message.set(m.get("shared.takenFrom", f.holder().get().who()));
        }
        Article stored = session.storedProperty().get();
        // another person's words replace the editor's only when it has nothing unsaved; otherwise
        // the next save meets theirs and is merged
        f.article().filter(a -> stored != null && !a.updatedAt().equals(stored.updatedAt()) && !session.pending())
                .ifPresent(session::reload);
    }

    /** Moves the lock to the article now open: gives up the last one, takes the new one if free. */
    private void follow(long id) {
        beat.cancel();
        long previous = locked;
        locked = id;
        held.set(false);
        session.heldByProperty().set(null);
        if (previous != 0) {
            runner.submit("release article", () -> {
                live.release(previous);
                return null;
            }, x -> { }, t -> LOG.log(Level.FINE, "could not release an article", t));
        }
        if (id == 0) {
            return;
        }
        runner.submit("hold article", () -> live.open(id), h -> {
            if (session.id() == id) {
                holder(h);
            }
        }, this::fail);
        beat = runner.schedule(HEARTBEAT, this::heartbeat);
    }

    private void heartbeat() {
        long id = locked;
        if (id == 0) {
            return;
        }
        runner.submit("keep article", () -> live.open(id), h -> {
            if (session.id() == id) {
                boolean wasHeld = held.get();
                holder(h);
                if (!wasHeld && held.get()) {
                    message.set(m.get("shared.takenFrom", h.get().who()));
                }
            }
        }, t -> LOG.log(Level.FINE, "could not renew an article's lock", t));
        beat = runner.schedule(HEARTBEAT, this::heartbeat);
    }

    private void holder(Optional<LiveService.Holder> h) {
        held.set(h.isPresent());
        holderName = h.map(LiveService.Holder::who).orElse("");
        session.heldByProperty().set(h.map(x -> m.get("shared.lockedBy", x.who(), SINCE.format(x.since()))).orElse(null));
    }

    /** Takes the open article over from whoever has it; the takeover goes on its record. */
    public void takeOver() {
        long id = session.id();
        if (id == 0) {
            return;
        }
        String from = holderName;
        runner.submit("take over article", () -> {
            live.takeOver(id);
            return drafts.get(id);
        }, a -> {
            if (session.id() == id) {
                holder(Optional.empty());
                session.reload(a);
                message.set(m.get("shared.tookOver", from));
            }
        }, this::fail);
    }

    private void fail(Throwable t) {
        message.set(Errors.message(t));
    }

    /** Stops listening and gives up the open article's lock (the window is closing, or leaving the desk). */
    @Override
    public void close() {
        beat.cancel();
        if (watch != null) {
            try {
                watch.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "could not stop listening", e);
            }
            watch = null;
        }
        if (locked != 0) {
            try {
                live.release(locked);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "could not release an article", e);
            }
            locked = 0;
        }
    }
}
