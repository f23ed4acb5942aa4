package org.copydesk.ui.publishing;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.copydesk.domain.LinkReport;
import org.copydesk.domain.SiteReport;
import org.copydesk.l10n.Messages;
import org.copydesk.service.PublishService;
import org.copydesk.ui.fx.Errors;
import org.copydesk.ui.fx.TaskRunner;

/**
 * 文件 > 发布全站…: publishes every article that passed review and builds the whole site into a
 * folder, in the background, with progress and a way to stop; then what was added, changed and
 * removed, what the link check found and which articles were held back.
 */
public final class PublishViewModel {

    private final PublishService publishing;
    private final TaskRunner runner;
    private final Supplier<String> who;
    private final Messages m = Messages.get();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<String> details = FXCollections.observableArrayList();
    private final AtomicBoolean stop = new AtomicBoolean();
    private java.util.function.Consumer<List<org.copydesk.domain.Article>> onPublished = a -> { };

    public PublishViewModel(PublishService publishing, TaskRunner runner, Supplier<String> who) {
        this.publishing = publishing;
        this.runner = runner;
        this.who = who;
    }

    /** Files done of files planned, 0 to 1; -1 while the articles are checked. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** One line saying what happened. */
    public StringProperty summaryProperty() {
        return summary;
    }

    /** The files added, changed and removed, the broken links, the articles held back: one line each. */
    public ObservableList<String> details() {
        return details;
    }

    /** Hears the articles a publish moved to published (the list and the open article show them). */
    public void setOnPublished(java.util.function.Consumer<List<org.copydesk.domain.Article>> onPublished) {
        this.onPublished = onPublished;
    }

    /** Publishes into {@code dir}. */
    public void publish(Path dir) {
        if (running.get()) {
            return;
        }
        stop.set(false);
        running.set(true);
        progress.set(-1);
        details.clear();
        summary.set(m.get("publish.running", dir));
        String by = who.get();
        AtomicLong lastShown = new AtomicLong();
        runner.submit("publish site", () -> publishing.export(List.of(), dir, null, true, by, (done, total) -> {
            // at most a few updates a second reach the window
            long now = System.nanoTime();
            if (done == total || now - lastShown.get() > 100_000_000L) {
                lastShown.set(now);
                runner.onUi(() -> progress.set(total == 0 ? 1 : (double) done / total));
            }
        }, stop::get), this::done, t -> {
            running.set(false);
            progress.set(0);
            summary.set(Errors.message(t));
        });
    }

    /** Stops between two files: what is written stays whole, and the next publish completes the site. */
    public void cancel() {
        stop.set(true);
    }

    private void done(PublishService.ExportOutcome outcome) {
        running.set(false);
        SiteReport site = outcome.site();
        LinkReport links = site.links();
        progress.set(1);
        if (site.cancelled()) {
            summary.set(m.get("problem.EXPORT_CANCELLED"));
        } else {
            summary.set(m.get("publish.done", outcome.exported().size(), site.added().size(), site.changed().size(), site.removed().size(),
                    site.unchanged(), links.broken().size()));
        }
        // what needs the person first: an earlier export finished, articles held back, broken links; then every file
        if (site.resumed() > 0) {
            details.add(m.get("export.resumed", site.resumed()));
        }
        outcome.refusals().forEach(r -> details.add(m.get("cli.export.held", r)));
        details.addAll(outcome.timed());
        links.broken().forEach(b -> details.add(m.get("publish.broken", b.page(), b.href(), b.why())));
        site.added().forEach(p -> details.add(m.get("publish.added", p)));
        site.changed().forEach(p -> details.add(m.get("publish.changed", p)));
        site.removed().forEach(p -> details.add(m.get("publish.removed", p)));
        if (!outcome.exported().isEmpty()) {
            onPublished.accept(outcome.exported());
        }
    }
}
