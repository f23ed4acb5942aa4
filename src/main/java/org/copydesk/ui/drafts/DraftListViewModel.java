package org.copydesk.ui.drafts;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleQuery;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.domain.Status;
import org.copydesk.l10n.Messages;
import org.copydesk.service.DraftService;
import org.copydesk.ui.fx.Cancellable;
import org.copydesk.ui.fx.Debouncer;
import org.copydesk.ui.fx.Errors;
import org.copydesk.ui.fx.TaskRunner;

/**
 * The draft list's state: the search box and filters, the matching articles (newest change first),
 * the selected article, and the last deletion, which can be undone.
 */
public final class DraftListViewModel {

    private final DraftService articles;
    private final TaskRunner runner;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Status> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty channelFilter = new SimpleStringProperty("");
    private final ObservableList<ArticleSummary> items = FXCollections.observableArrayList();
    private final LongProperty selectedId = new SimpleLongProperty(0);
    private final ReadOnlyObjectWrapper<ArticleSummary> lastDeleted = new ReadOnlyObjectWrapper<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final Debouncer searchDebouncer;
    private Cancellable pendingLoad = Cancellable.NONE;
    private int generation;

    public DraftListViewModel(DraftService articles, TaskRunner runner) {
        this.articles = articles;
        this.runner = runner;
        this.searchDebouncer = new Debouncer(runner, Duration.ofMillis(200), Duration.ofMillis(600), this::reload);
        search.addListener((o, a, b) -> searchDebouncer.trigger());
        statusFilter.addListener((o, a, b) -> reload());
        channelFilter.addListener((o, a, b) -> reload());
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Status> statusFilterProperty() {
        return statusFilter;
    }

    public StringProperty channelFilterProperty() {
        return channelFilter;
    }

    public ObservableList<ArticleSummary> items() {
        return items;
    }

    public LongProperty selectedIdProperty() {
        return selectedId;
    }

    public ReadOnlyObjectProperty<ArticleSummary> lastDeletedProperty() {
        return lastDeleted.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ArticleQuery query() {
        return ArticleQuery.all()
                .withSearch(search.get())
                .withStatus(statusFilter.get())
                .withChannel(channelFilter.get());
    }

    /** Reloads the list in the background; a newer reload makes an older one's result irrelevant. */
    public void reload() {
        ArticleQuery q = query();
        int gen = ++generation;
        pendingLoad.cancel();
        pendingLoad = runner.submit("list drafts", () -> articles.list(q), rows -> {
            if (gen == generation) {
                items.setAll(rows);
            }
        }, this::fail);
    }

    /** Shows the list that a start-up load already fetched. */
    public void show(List<ArticleSummary> rows) {
        generation++;
        items.setAll(rows);
    }

    /** Creates an empty draft (in the channel being filtered, if any) and selects it. */
    public void createNew(Consumer<Article> then) {
        String channel = channelFilter.get();
        runner.submit("new draft", () -> articles.create(new Article.Builder().channel(channel).build()), a -> {
            upsert(summary(a));
            selectedId.set(a.id());
            then.accept(a);
        }, this::fail);
    }

    public void duplicate(long id, Consumer<Article> then) {
        String suffix = Messages.get().get("drafts.copySuffix");
        runner.submit("duplicate draft", () -> articles.duplicate(id, suffix), a -> {
            upsert(summary(a));
            selectedId.set(a.id());
            then.accept(a);
        }, this::fail);
    }

    /** Moves the article to the bin; {@link #undoDelete} brings it back. */
    public void delete(long id) {
        Optional<ArticleSummary> row = items.stream().filter(s -> s.id() == id).findFirst();
        runner.submit("delete draft", () -> {
            articles.delete(id);
            return id;
        }, done -> {
            items.removeIf(s -> s.id() == id);
            lastDeleted.set(row.orElse(null));
            if (selectedId.get() == id) {
                selectedId.set(items.isEmpty() ? 0 : items.get(0).id());
            }
        }, this::fail);
    }

    /** Hides the offer to undo the last deletion. */
    public void forgetDeleted() {
        lastDeleted.set(null);
    }

    public void undoDelete() {
        ArticleSummary row = lastDeleted.get();
        if (row == null) {
            return;
        }
        runner.submit("restore draft", () -> {
            return articles.undelete(row.id());
        }, a -> {
            lastDeleted.set(null);
            upsert(summary(a));
            selectedId.set(a.id());
        }, this::fail);
    }

    /** Puts a just-saved article at the top of the list, where its new change time sorts it. */
    public void upsert(ArticleSummary s) {
        if (!matchesFilters(s)) {
            items.removeIf(x -> x.id() == s.id());
            return;
        }
        int i = indexOf(s.id());
        if (i == 0) {
            items.set(0, s);
        } else {
            if (i > 0) {
                items.remove(i);
            }
            items.add(0, s);
        }
    }

    private boolean matchesFilters(ArticleSummary s) {
        return (statusFilter.get() == null || statusFilter.get() == s.status())
                && (channelFilter.get() == null || channelFilter.get().isEmpty() || channelFilter.get().equals(s.channel()));
    }

    private int indexOf(long id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    public static ArticleSummary summary(Article a) {
        return new ArticleSummary(a.id(), a.title(), a.channel(), a.status(), a.publishedAt(), a.updatedAt(), a.conflict());
    }

    private void fail(Throwable t) {
        message.set(Errors.message(t));
    }
}
