package org.copydesk.ui.preview;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.copydesk.domain.Article;
import org.copydesk.service.ExportService;
import org.copydesk.ui.fx.Cancellable;
import org.copydesk.ui.fx.Debouncer;
import org.copydesk.ui.fx.Errors;
import org.copydesk.ui.fx.TaskRunner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Keeps the preview page current: a moment after the draft changes it writes the draft's page into
 * the preview folder with the exporter (so the preview is the exported page), in the background; a
 * newer render makes an older one's result irrelevant.
 */
public final class PreviewViewModel {

    /** A rendered page: where it was written, and its title and body for an in-place refresh. */
    public record Page(long articleId, String url, String title, String bodyInnerHtml, long sequence) {
    }

    public static final Duration QUIET = Duration.ofMillis(300);
    public static final Duration MAX_WAIT = Duration.ofMillis(1000);

    private final Supplier<ExportService> exports;
    private final TaskRunner runner;
    private final Path dir;
    private final Supplier<Article> draft;
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty mobile = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final Debouncer debouncer;
    private Cancellable pending = Cancellable.NONE;
    private long sequence;

    /**
     * @param draft gives the draft as it stands in the editor (called on the UI thread), or null when
     *              no draft is open
     */
    public PreviewViewModel(Supplier<ExportService> exports, TaskRunner runner, Path dir, Supplier<Article> draft) {
        this.exports = exports;
        this.runner = runner;
        this.dir = dir;
        this.draft = draft;
        this.debouncer = new Debouncer(runner, QUIET, MAX_WAIT, this::render);
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public BooleanProperty mobileProperty() {
        return mobile;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The draft changed: render again once typing pauses. */
    public void changed() {
        debouncer.trigger();
    }

    /** Renders now (a different draft was opened). */
    public void refreshNow() {
        debouncer.cancel();
        render();
    }

    private void render() {
        Article a = draft.get();
        if (a == null || a.id() == 0) {
            return;
        }
        long seq = ++sequence;
        pending.cancel();
        ExportService service = exports.get();
        pending = runner.submit("render preview", () -> write(service, a, seq), p -> {
            if (p.sequence() == sequence) {
                page.set(p);
                message.set("");
            }
        }, t -> message.set(Errors.message(t)));
    }

    private Page write(ExportService service, Article a, long seq) {
        String relative = service.exportForPreview(a, dir);
        Path file = dir.resolve(relative);
        Document doc = Jsoup.parse(readPage(file), file.toUri().toString());
        doc.outputSettings().prettyPrint(false);
        return new Page(a.id(), file.toUri().toString(), doc.title(), doc.body().html(), seq);
    }

    private static String readPage(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
