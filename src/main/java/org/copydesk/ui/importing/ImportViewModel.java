package org.copydesk.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.copydesk.domain.Receipt;
import org.copydesk.l10n.Messages;
import org.copydesk.domain.ImportedArticle;
import org.copydesk.service.ImportService;
import org.copydesk.l10n.Wording;
import org.copydesk.ui.fx.Cancellable;
import org.copydesk.ui.fx.Errors;
import org.copydesk.ui.fx.TaskRunner;

/**
 * An import in the window: reads the chosen files in the background with progress, shows each
 * file's outcome and report, and stores the good ones only when the editor says so.
 */
public final class ImportViewModel {

    /** One file in the list: its result, and the words shown for it. */
    public record Row(ImportService.FileResult result, String name, String headline, List<String> details) {

        public boolean ok() {
            return result.ok();
        }
    }

    private final ImportService imports;
    private final TaskRunner runner;
    private final Messages m = Messages.get();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final BooleanProperty reading = new SimpleBooleanProperty();
    private final BooleanProperty storing = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private Cancellable pending = Cancellable.NONE;
    private volatile boolean cancelled;

    public ImportViewModel(ImportService imports, TaskRunner runner) {
        this.imports = imports;
        this.runner = runner;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading;
    }

    public ReadOnlyBooleanProperty storingProperty() {
        return storing;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Reads the files in the background; rows appear as each file is done. */
    public void read(List<Path> files) {
        rows.clear();
        cancelled = false;
        reading.set(true);
        progress.set(0);
        summary.set(m.get("import.reading", files.size()));
        pending = runner.submit("read imports", () -> {
            List<ImportService.FileResult> done = new ArrayList<>();
            for (Path f : files) {
                if (cancelled) {
                    break;
                }
                ImportService.FileResult r = imports.read(f);
                done.add(r);
                Row row = row(r);
                double p = done.size() / (double) files.size();
                runner.onUi(() -> {
                    rows.add(row);
                    progress.set(p);
                });
            }
            return done;
        }, done -> {
            reading.set(false);
            progress.set(1);
            summary.set(summarise());
        }, t -> {
            reading.set(false);
            summary.set(Errors.message(t));
        });
    }

    public void cancel() {
        cancelled = true;
        pending.cancel();
        reading.set(false);
    }

    /** The number of articles that would be stored. */
    public int storable() {
        return rows.stream().filter(Row::ok).mapToInt(r -> r.result().articles().size()).sum();
    }

    /** Stores every good file's drafts (each file all or nothing); {@code then} gets what happened to each. */
    public void store(Consumer<List<Receipt>> then) {
        List<ImportService.FileResult> good = rows.stream().filter(Row::ok).map(Row::result).toList();
        storing.set(true);
        runner.submit("store imports", () -> {
            List<Receipt> stored = new ArrayList<>();
            try (ImportService.Batch batch = imports.batch()) {
                for (ImportService.FileResult r : good) {
                    stored.addAll(batch.store(r));
                }
            }
            return stored;
        }, stored -> {
            storing.set(false);
            summary.set(m.get("import.stored", stored.size()));
            then.accept(stored);
        }, t -> {
            storing.set(false);
            summary.set(Errors.message(t));
        });
    }

    private String summarise() {
        long failed = rows.stream().filter(r -> !r.ok()).count();
        return m.get("import.summary", rows.size(), storable(), failed);
    }

    private Row row(ImportService.FileResult r) {
        String name = r.file().getFileName().toString();
        if (!r.ok()) {
            return new Row(r, name, Errors.message(r.error()), List.of(Errors.message(r.error())));
        }
        List<ImportedArticle> articles = r.articles();
        if (articles.size() == 1) {
            ImportedArticle a = articles.get(0);
            String title = a.article().title().isBlank() ? m.get("drafts.untitled") : a.article().title();
            return new Row(r, name, title + " — " + Wording.reportSummary(a.report()), Wording.reportLines(a.report()));
        }
        List<String> details = new ArrayList<>();
        for (ImportedArticle a : articles) {
            details.add(a.article().title());
            a.report().notes().forEach(n -> details.add("  " + n));
        }
        return new Row(r, name, m.get("import.archive", articles.size()), details);
    }
}
