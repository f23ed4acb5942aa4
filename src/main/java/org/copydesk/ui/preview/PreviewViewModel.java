package org.copydesk.ui.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.copydesk.domain.Article;
import org.copydesk.domain.Finding;
import org.copydesk.domain.Note;
import org.copydesk.render.AtomicFiles;
import org.copydesk.render.ReviewMarks;
import org.copydesk.render.SitePaths;
import org.copydesk.service.ExportService;
import org.copydesk.service.ReviewService;
import org.copydesk.ui.fx.Cancellable;
import org.copydesk.ui.fx.Debouncer;
import org.copydesk.ui.fx.Errors;
import org.copydesk.ui.fx.TaskRunner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Keeps the preview page current: a moment after the draft changes it writes the draft's page into
 * the preview folder with the exporter (so the preview is the exported page), in the background; a
 * newer render makes an older one's result irrelevant. In review mode the page on screen is the
 * review copy (findings marked, notes beside their paragraphs); comparing two revisions shows their
 * changes instead. The file on disk is always the clean page, exactly as export writes it.
 */
public final class PreviewViewModel {

    /**
     * A rendered page: where it was written, its title and body for an in-place refresh, the
     * findings its marks point at (by index), and whether the body differs from the file (review copy
     * or comparison).
     */
    public record Page(long articleId, String url, String title, String bodyInnerHtml, long sequence,
                       List<Finding> findings, boolean decorated) {
    }

    /** What review marks on a page: the findings and the notes. */
    public record Review(List<Finding> findings, List<Note> notes) {
    }

    public static final Duration QUIET = Duration.ofMillis(300);
    public static final Duration MAX_WAIT = Duration.ofMillis(1000);

    private final Supplier<ExportService> exports;
    private final TaskRunner runner;
    private final Path dir;
    private final Supplier<Article> draft;
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty mobile = new SimpleBooleanProperty(false);
    private final BooleanProperty reviewMode = new SimpleBooleanProperty(false);
    private final ObjectProperty<ReviewService.Comparison> comparison = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final Debouncer debouncer;
    private Function<Article, Review> reviewer = a -> new Review(List.of(), List.of());
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
        reviewMode.addListener((o, a, b) -> refreshNow());
        comparison.addListener((o, a, b) -> refreshNow());
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public BooleanProperty mobileProperty() {
        return mobile;
    }

    /** On: the page shows the findings and notes (never in the exported file). */
    public BooleanProperty reviewModeProperty() {
        return reviewMode;
    }

    /** Set: the page shows the changes between two revisions; null: the draft. */
    public ObjectProperty<ReviewService.Comparison> comparisonProperty() {
        return comparison;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Where review mode gets the findings and notes of a draft (called in the background). */
    public void setReviewer(Function<Article, Review> reviewer) {
        this.reviewer = reviewer;
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
        boolean review = reviewMode.get();
        ReviewService.Comparison compare = comparison.get();
        Function<Article, Review> marks = reviewer;
        pending = runner.submit("render preview", () -> write(service, a, seq, review, marks, compare), p -> {
            if (p.sequence() == sequence) {
                page.set(p);
                message.set("");
            }
        }, t -> message.set(Errors.message(t)));
    }

    private Page write(ExportService service, Article a, long seq, boolean review, Function<Article, Review> marks,
                       ReviewService.Comparison compare) {
        String relative = service.exportForPreview(a, dir);
        Path file = dir.resolve(relative);
        String css = "../" + SitePaths.ASSETS + ReviewMarks.STYLESHEET;
        boolean comparing = compare != null && compare.to().articleId() == a.id();
        if (!comparing && !review) {
            Document doc = Jsoup.parse(readPage(file), file.toUri().toString());
            doc.outputSettings().prettyPrint(false);
            return new Page(a.id(), file.toUri().toString(), doc.title(), doc.body().html(), seq, List.of(), false);
        }
        writeStylesheet();
        Document doc;
        List<Finding> findings = List.of();
        if (comparing) {
            String html = service.decoratedPage(compare.to().snapshot(), body -> ReviewMarks.comparisonBody(compare.body()));
            doc = Jsoup.parse(html, file.toUri().toString());
            ReviewMarks.comparisonBar(doc, compare.heading(), compare.fields(), css);
        } else {
            Review r = marks.apply(a);
            findings = r.findings();
            String html = service.decoratedPage(a, body -> ReviewMarks.body(body, r.findings(), r.notes()));
            doc = Jsoup.parse(html, file.toUri().toString());
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", a.title());
            fields.put("subtitle", a.subtitle());
            fields.put("summary", a.summary());
            ReviewMarks.page(doc, findings, r.notes(), fields, css);
        }
        doc.outputSettings().prettyPrint(false);
        return new Page(a.id(), file.toUri().toString(), doc.title(), doc.body().html(), seq, findings, true);
    }

    private void writeStylesheet() {
        try (InputStream in = PreviewViewModel.class.getResourceAsStream("/review/" + ReviewMarks.STYLESHEET)) {
            AtomicFiles.write(dir.resolve(SitePaths.ASSETS + ReviewMarks.STYLESHEET), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readPage(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
