package org.copydesk.ui.tagger;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.copydesk.l10n.Messages;
import org.copydesk.service.Tagger;
import org.copydesk.domain.KeywordUse;
import org.copydesk.ui.fx.Errors;
import org.copydesk.ui.fx.TaskRunner;

/** The desk's keyword vocabulary, most used first, with rename, merge and delete. */
public final class VocabularyViewModel {

    private final Tagger tagger;
    private final TaskRunner runner;
    private final ObservableList<KeywordUse> words = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final Runnable onChange;

    public VocabularyViewModel(Tagger tagger, TaskRunner runner, Runnable onChange) {
        this.tagger = tagger;
        this.runner = runner;
        this.onChange = onChange;
    }

    public ObservableList<KeywordUse> words() {
        return words;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public void reload() {
        runner.submit("vocabulary", tagger::vocabularyWords, words::setAll, t -> message.set(Errors.message(t)));
    }

    /** Renames a word on every article; renaming onto an existing word merges the two. */
    public void rename(String from, String to) {
        runner.submit("rename keyword", () -> tagger.renameKeyword(from, to), n -> {
            message.set(Messages.get().get("vocabulary.renamed", from, to, n));
            reload();
            onChange.run();
        }, t -> message.set(Errors.message(t)));
    }

    public void delete(String word) {
        runner.submit("delete keyword", () -> {
            tagger.deleteKeyword(word);
            return word;
        }, w -> {
            message.set(Messages.get().get("vocabulary.deleted", w));
            reload();
            onChange.run();
        }, t -> message.set(Errors.message(t)));
    }
}
