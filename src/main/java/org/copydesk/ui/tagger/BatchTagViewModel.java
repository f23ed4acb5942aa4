package org.copydesk.ui.tagger;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.copydesk.l10n.Messages;
import org.copydesk.service.BatchTagging;
import org.copydesk.ui.fx.TaskRunner;

/**
 * 编辑 > 为未分类稿件打标签…: the tagger's suggestions for every article without a channel or
 * keywords, made in the background with progress and a way to stop; then what it would set, article
 * by article, to be looked over (and unticked) before anything is written; then applied, one
 * revision per article, and undone as a whole.
 */
public final class BatchTagViewModel extends org.copydesk.ui.fx.BatchWork {

    /** One article's proposal, ticked to be applied. */
    public static final class Row {
        private final BatchTagging.Change change;
        private final BooleanProperty chosen = new SimpleBooleanProperty(true);

        Row(BatchTagging.Change change) {
            this.change = change;
        }

        public BatchTagging.Change change() {
            return change;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        /** The channel as it will be: "→ 体育" when set, the present one otherwise. */
        public String channelShown() {
            return change.setsChannel() ? "→ " + change.channelAfter() : change.channelBefore();
        }

        public String keywordsShown() {
            return change.setsKeywords() ? "→ " + String.join("、", change.keywordsAfter()) : String.join("、", change.keywordsBefore());
        }
    }

    private final BatchTagging batch;
    private final Messages m = Messages.get();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final java.util.function.LongPredicate busy;
    private List<BatchTagging.Change> made = List.of();

    /**
     * @param busy true for an article whose unsaved edits are open in the editor: it is left alone,
     *             so that the editor's next save does not undo what tagging set
     */
    public BatchTagViewModel(BatchTagging batch, TaskRunner runner, java.util.function.LongPredicate busy) {
        super(runner);
        this.batch = batch;
        this.busy = busy;
    }


    public ObservableList<Row> rows() {
        return rows;
    }


    /** Works out what tagging would set on every untagged article; nothing is written. */
    public void start() {
        if (running.get()) {
            return;
        }
        stop.set(false);
        running.set(true);
        applied.set(false);
        rows.clear();
        progress.set(-1);
        summary.set(m.get("batchTag.looking"));
        runner.submit("suggest untagged", () -> {
            List<Long> ids = batch.untagged();
            List<BatchTagging.Change> found = new ArrayList<>();
            int[] done = {0};
            batch.suggest(ids, item -> {
                BatchTagging.proposal(item).ifPresent(found::add);
                done[0]++;
                progressed(done[0], ids.size());
            }, stop::get);
            return new Found(ids.size(), done[0], found);
        }, this::found, this::failed);
    }

    private record Found(int untagged, int looked, List<BatchTagging.Change> changes) {
    }

    private void found(Found f) {
        running.set(false);
        progress.set(1);
        f.changes().forEach(c -> rows.add(new Row(c)));
        String key = f.looked() < f.untagged() ? "batchTag.foundStopped" : "batchTag.found";
        summary.set(m.get(key, f.untagged(), f.looked(), f.changes().size()));
    }



    /** Writes the ticked proposals: one revision per article; an article changed meanwhile is left alone. */
    public void apply() {
        List<BatchTagging.Change> chosen = rows.stream().filter(r -> r.chosenProperty().get()).map(Row::change)
                .filter(c -> !busy.test(c.id())).toList();
        long ticked = rows.stream().filter(r -> r.chosenProperty().get()).count();
        if (running.get() || chosen.isEmpty()) {
            return;
        }
        running.set(true);
        runner.submit("apply tags", () -> batch.apply(chosen, () -> false), done -> {
            running.set(false);
            made = done;
            applied.set(!done.isEmpty());
            summary.set(m.get("batchTag.applied", done.size(), ticked - done.size()));
            onChanged.accept(done.stream().map(BatchTagging.Change::id).toList());
        }, this::failed);
    }

    /** Takes back everything {@link #apply} set, except on articles someone changed since. */
    public void undo() {
        if (running.get() || made.isEmpty()) {
            return;
        }
        List<BatchTagging.Change> taken = made;
        running.set(true);
        runner.submit("undo tags", () -> batch.undo(taken), left -> {
            running.set(false);
            made = List.of();
            applied.set(false);
            summary.set(m.get("batchTag.undone", taken.size() - left.size(), left.size()));
            onChanged.accept(taken.stream().map(BatchTagging.Change::id).toList());
        }, this::failed);
    }
}
