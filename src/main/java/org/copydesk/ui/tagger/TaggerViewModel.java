package org.copydesk.ui.tagger;

import java.time.Duration;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.copydesk.domain.Article;
import org.copydesk.domain.ChannelSuggestion;
import org.copydesk.domain.KeywordSuggestion;
import org.copydesk.domain.Suggestions;
import org.copydesk.l10n.Messages;
import org.copydesk.service.Tagger;
import org.copydesk.ui.session.OpenArticle;
import org.copydesk.ui.fx.Cancellable;
import org.copydesk.ui.fx.Debouncer;
import org.copydesk.ui.fx.Errors;
import org.copydesk.ui.fx.TaskRunner;

/**
 * The tagger panel's state: the suggested channel and keywords for the open draft, refreshed in the
 * background a moment after the draft changes; typing never waits for it.
 */
public final class TaggerViewModel {

    public static final Duration QUIET = Duration.ofMillis(600);
    public static final Duration MAX_WAIT = Duration.ofSeconds(3);
    private static final int KEYWORDS = 8;

    private final Tagger tagger;
    private final OpenArticle session;
    private final TaskRunner runner;
    private final Messages m = Messages.get();
    private final ObjectProperty<ChannelSuggestion> channel = new SimpleObjectProperty<>(ChannelSuggestion.none());
    private final ObservableList<KeywordSuggestion> keywords = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(true);
    private final Debouncer debouncer;
    private Cancellable pending = Cancellable.NONE;
    private Cancellable retrain = Cancellable.NONE;
    private int generation;

    public TaggerViewModel(Tagger tagger, OpenArticle session, TaskRunner runner) {
        this.tagger = tagger;
        this.session = session;
        this.runner = runner;
        this.debouncer = new Debouncer(runner, QUIET, MAX_WAIT, this::refresh);
        session.changesProperty().addListener((o, a, b) -> debouncer.trigger());
        message.set(m.get("tagger.loading"));
    }

    public ObjectProperty<ChannelSuggestion> channelProperty() {
        return channel;
    }

    public ObservableList<KeywordSuggestion> keywords() {
        return keywords;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** Loads the tagger in the background (HanLP and the archive), then suggests for the open draft. */
    public void start() {
        runner.submit("load tagger", () -> {
            tagger.load();
            return tagger.status();
        }, status -> {
            loading.set(false);
            refresh();
        }, t -> {
            loading.set(false);
            message.set(Errors.message(t));
        });
    }

    /** Suggests again for the draft as it stands now. */
    public void refresh() {
        if (loading.get()) {
            return;
        }
        Article draft = session.draft();
        if (draft == null) {
            channel.set(ChannelSuggestion.none());
            keywords.clear();
            message.set("");
            return;
        }
        int gen = ++generation;
        pending.cancel();
        pending = runner.submit("suggest", () -> tagger.suggest(draft, KEYWORDS + draft.keywords().size()), s -> {
            if (gen == generation) {
                show(s);
            }
        }, t -> message.set(Errors.message(t)));
    }

    private void show(Suggestions s) {
        if (s.tooShort()) {
            channel.set(ChannelSuggestion.none());
            keywords.clear();
            message.set(m.get("tagger.tooShort"));
            return;
        }
        channel.set(s.channel());
        List<String> accepted = session.keywords();
        keywords.setAll(s.keywords().stream().filter(k -> !accepted.contains(k.word())).limit(KEYWORDS).toList());
        Tagger.Status status = tagger.status();
        String basis = m.get("tagger.basis." + s.channel().basis(), status.labelled());
        message.set(status.unknownChannels().isEmpty() ? basis
                : basis + m.get("report.clauseSeparator") + m.get("tagger.unknownChannels", Tagger.describeUnknown(status.unknownChannels())));
    }

    public void acceptChannel(String name) {
        session.setChannel(name);
    }

    public void acceptKeyword(KeywordSuggestion k) {
        session.addKeyword(k.word());
        keywords.remove(k);
    }

    /** After a save: the tagger counts the article again; a changed channel retrains it, in the background. */
    public void saved(Article a) {
        if (loading.get()) {
            return;
        }
        retrain.cancel();
        retrain = runner.submit("learn from save", () -> {
            tagger.articleChanged(a);
            tagger.retrainIfStale();
            return a;
        }, x -> { }, t -> message.set(Errors.message(t)));
    }

    public void removed(long id) {
        runner.submit("forget article", () -> {
            tagger.articleRemoved(id);
            return id;
        }, x -> { }, t -> message.set(Errors.message(t)));
    }
}
