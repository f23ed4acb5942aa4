package org.copydesk.ui.fx;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What a window that works over many articles at once shows and allows (batch tagging, a desk-wide
 * replace): progress while it looks, a way to stop between two articles, a line saying where it
 * stands, whether what it wrote can still be taken back, and who hears which articles changed.
 */
public abstract class BatchWork {

    protected final TaskRunner runner;
    protected final DoubleProperty progress = new SimpleDoubleProperty(0);
    protected final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    protected final ReadOnlyBooleanWrapper applied = new ReadOnlyBooleanWrapper(false);
    protected final StringProperty summary = new SimpleStringProperty("");
    protected final AtomicBoolean stop = new AtomicBoolean();
    protected Consumer<List<Long>> onChanged = ids -> { };
    private final AtomicLong lastShown = new AtomicLong();

    protected BatchWork(TaskRunner runner) {
        this.runner = runner;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True once something was written (and until it is undone). */
    public ReadOnlyBooleanProperty appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** Hears which articles were changed (the draft list and the open article read them again). */
    public void setOnChanged(Consumer<List<Long>> onChanged) {
        this.onChanged = onChanged;
    }

    /** Stops looking between two articles; what was found so far is shown. */
    public void cancel() {
        stop.set(true);
    }

    /** From background work: {@code done} of {@code total}, shown at most ten times a second. */
    protected void progressed(long done, long total) {
        long now = runner.nanoTime();
        if (done == total || now - lastShown.get() > 100_000_000L) {
            lastShown.set(now);
            double p = total == 0 ? 1 : (double) done / total;
            runner.onUi(() -> progress.set(p));
        }
    }

    /** The work failed: said in the summary line, nothing running. */
    protected void failed(Throwable t) {
        running.set(false);
        progress.set(0);
        summary.set(Errors.message(t));
    }
}
