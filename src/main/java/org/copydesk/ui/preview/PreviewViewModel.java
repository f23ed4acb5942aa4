package org.copydesk.ui.preview;

import java.time.Duration;
import java.util.List;
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
import org.copydesk.service.PreviewService;
import org.copydesk.service.ReviewService;
import org.copydesk.ui.fx.Cancellable;
import org.copydesk.ui.fx.Debouncer;
import org.copydesk.ui.fx.Errors;
import org.copydesk.ui.fx.TaskRunner;
import org.copydesk.ui.session.OpenArticle;

/**
 * Keeps the preview page current: a moment after the open draft changes, the preview service writes
 * its page (the exported page itself) in the background; a newer render makes an older one's result
 * irrelevant. In review mode the page on screen is the review copy (findings marked, notes beside
 * their paragraphs); comparing two revisions shows their changes instead, until the article changes.
 */
public final class PreviewViewModel {

    /** A page on screen: what the service rendered, and which render it was (a newer one wins). */
    public record Page(PreviewService.Page page, long sequence) {

        public String url() {
            return page.url();
        }

        public String title() {
            return page.title();
        }

        public String bodyInnerHtml() {
            return page.bodyInnerHtml();
        }

        public List<Finding> findings() {
            return page.findings();
        }

        public boolean decorated() {
            return page.decorated();
        }
    }

    public static final Duration QUIET = Duration.ofMillis(300);
    public static final Duration MAX_WAIT = Duration.ofMillis(1000);

    private final PreviewService service;
    private final TaskRunner runner;
    private final OpenArticle session;
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty mobile = new SimpleBooleanProperty(false);
    private final BooleanProperty reviewMode = new SimpleBooleanProperty(false);
    private final ObjectProperty<ReviewService.Comparison> comparison = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final Debouncer debouncer;
    private Cancellable pending = Cancellable.NONE;
    private long sequence;

    public PreviewViewModel(PreviewService service, TaskRunner runner, OpenArticle session) {
        this.service = service;
        this.runner = runner;
        this.session = session;
        this.debouncer = new Debouncer(runner, QUIET, MAX_WAIT, this::render);
        reviewMode.addListener((o, a, b) -> {
            if (!b) {
                comparison.set(null); // the comparison lives in review mode's 版本 tab
            }
            refreshNow();
        });
        comparison.addListener((o, a, b) -> refreshNow());
        session.changesProperty().addListener((o, a, b) -> changed());
        session.storedProperty().addListener((o, was, now) -> {
            if (now == null || was == null || was.id() != now.id()) {
                comparison.set(null);
            }
            if (now != null && (was == null || was.id() != now.id())) {
                refreshNow();
            }
        });
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

    /** The draft changed: render again once typing pauses; a comparison ends, the page is the draft again. */
    public void changed() {
        if (comparison.get() != null) {
            comparison.set(null);
        }
        debouncer.trigger();
    }

    /** Renders now (a different draft was opened, the marks changed). */
    public void refreshNow() {
        debouncer.cancel();
        render();
    }

    private void render() {
        Article a = session.draft();
        if (a == null || a.id() == 0) {
            return;
        }
        long seq = ++sequence;
        pending.cancel();
        boolean review = reviewMode.get();
        ReviewService.Comparison compare = comparison.get();
        pending = runner.submit("render preview", () -> service.render(a, review, compare), p -> {
            if (seq == sequence) {
                page.set(new Page(p, seq));
                message.set("");
            }
        }, t -> message.set(Errors.message(t)));
    }
}
