package org.copydesk.ui.replace;

import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.copydesk.domain.FindQuery;
import org.copydesk.domain.Status;
import org.copydesk.l10n.Messages;
import org.copydesk.service.DeskReplace;
import org.copydesk.ui.fx.Errors;
import org.copydesk.ui.fx.TaskRunner;

/**
 * 编辑 > 全台替换…: what to find and what it becomes, where to look (a status, a channel); then,
 * in the background with progress and a way to stop, every article and every change in its context,
 * nothing written; then applied as a whole (one revision per article), and undone as a whole.
 * Changing what to find takes the plan away: only what was looked at is ever written.
 */
public final class DeskReplaceViewModel extends org.copydesk.ui.fx.BatchWork {

    private final DeskReplace replace;
    private final LongPredicate busy;
    private final Messages m = Messages.get();
    private final StringProperty find = new SimpleStringProperty("");
    private final StringProperty replacement = new SimpleStringProperty("");
    private final BooleanProperty matchCase = new SimpleBooleanProperty(false);
    private final BooleanProperty wholeWord = new SimpleBooleanProperty(false);
    private final BooleanProperty regex = new SimpleBooleanProperty(false);
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>();
    private final StringProperty channel = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper planned = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<DeskReplace.Item> items = FXCollections.observableArrayList();
    private DeskReplace.Plan plan;
    private String batch;

    /**
     * @param busy true for an article whose unsaved edits are open in the editor: it is left out, so
     *             that the editor's next save does not undo the replace
     */
    public DeskReplaceViewModel(DeskReplace replace, TaskRunner runner, LongPredicate busy) {
        super(runner);
        this.replace = replace;
        this.busy = busy;
        for (var p : List.of(find, replacement, channel)) {
            p.addListener((o, a, b) -> forget());
        }
        for (var p : List.of(matchCase, wholeWord, regex)) {
            p.addListener((o, a, b) -> forget());
        }
        status.addListener((o, a, b) -> forget());
    }

    private void forget() {
        if (running.get()) {
            return;
        }
        plan = null;
        planned.set(false);
        items.clear();
    }

    public StringProperty findProperty() {
        return find;
    }

    public StringProperty replacementProperty() {
        return replacement;
    }

    public BooleanProperty matchCaseProperty() {
        return matchCase;
    }

    public BooleanProperty wholeWordProperty() {
        return wholeWord;
    }

    public BooleanProperty regexProperty() {
        return regex;
    }

    /** Only articles in this status; null for all. */
    public ObjectProperty<Status> statusProperty() {
        return status;
    }

    /** Only articles in this channel; empty for all. */
    public StringProperty channelProperty() {
        return channel;
    }


    /** True while a plan is shown that can be applied. */
    public ReadOnlyBooleanProperty plannedProperty() {
        return planned.getReadOnlyProperty();
    }


    /** The articles the plan touches, each with its changes. */
    public ObservableList<DeskReplace.Item> items() {
        return items;
    }


    /** Looks through the desk; nothing is written. A bad regular expression is said at once. */
    public void preview() {
        if (running.get()) {
            return;
        }
        FindQuery q;
        try {
            q = new FindQuery(find.get(), replacement.get(), matchCase.get(), wholeWord.get(), regex.get());
            q.pattern();
        } catch (RuntimeException e) {
            summary.set(Errors.message(e));
            return;
        }
        forget();
        stop.set(false);
        running.set(true);
        progress.set(-1);
        summary.set(m.get("deskReplace.looking"));
        Set<Status> statuses = status.get() == null ? Set.of() : Set.of(status.get());
        String inChannel = channel.get();
        runner.submit("plan desk replace", () -> replace.plan(q, statuses, inChannel, this::progressed, stop::get), this::planned,
                this::failed);
    }

    private void planned(DeskReplace.Plan p) {
        running.set(false);
        progress.set(1);
        plan = p;
        items.setAll(p.items());
        planned.set(!p.applied().isEmpty());
        long refused = p.items().stream().filter(i -> !i.refused().isEmpty()).count();
        summary.set(p.items().isEmpty() ? m.get("deskReplace.nothing")
                : m.get(stop.get() ? "deskReplace.plannedStopped" : refused == 0 ? "deskReplace.plannedAll" : "deskReplace.planned",
                        p.changes(), p.applied().size(), refused));
    }



    /** Writes the plan, every article or none; an article open with unsaved edits is left out and said so. */
    public void apply() {
        if (running.get() || plan == null || plan.applied().isEmpty()) {
            return;
        }
        List<DeskReplace.Item> chosen = plan.items().stream().filter(i -> !busy.test(i.id())).toList();
        DeskReplace.Plan writing = new DeskReplace.Plan(plan.query(), chosen);
        int listed = plan.items().size();
        running.set(true);
        runner.submit("apply desk replace", () -> replace.apply(writing), done -> {
            running.set(false);
            batch = done.batch();
            applied.set(!done.articles().isEmpty());
            planned.set(false);
            summary.set(m.get("deskReplace.applied", done.changes(), done.articles().size(), listed - done.articles().size()));
            onChanged.accept(done.articles());
        }, this::failed);
    }

    /** Takes the whole replace back, except on articles someone changed since. */
    public void undo() {
        if (running.get() || batch == null) {
            return;
        }
        String taken = batch;
        running.set(true);
        runner.submit("undo desk replace", () -> replace.undo(taken), u -> {
            running.set(false);
            batch = null;
            applied.set(false);
            summary.set(m.get("deskReplace.undone", u.restored().size(), u.changedSince().size()));
            onChanged.accept(u.restored());
        }, this::failed);
    }
}
