package org.copydesk.ui.review;

import org.copydesk.domain.WordListKind;
import org.copydesk.domain.WordListProblem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.copydesk.l10n.Messages;
import org.copydesk.proof.WordLists;

/**
 * The desk's word lists (banned, discouraged, protected names, confusables, shapes) as text, one
 * entry a line. Saving puts a list in force; a line that cannot be used is listed with its number.
 */
final class WordListDialog {

    private final Stage stage = new Stage();
    private final Map<WordListKind, TextArea> editors = new EnumMap<>(WordListKind.class);

    WordListDialog(Window owner, ReviewViewModel vm) {
        Messages m = Messages.get();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("review.wordLists"));
        TabPane tabs = new TabPane();
        tabs.setId("word-list-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (WordListKind k : WordListKind.values()) {
            TextArea text = new TextArea();
            text.setId("word-list-" + k.file);
            text.getStyleClass().add("word-list");
            Label hint = new Label(m.get("wordlist.hint." + k.file));
            hint.setWrapText(true);
            hint.getStyleClass().add("tagger-message");
            VBox box = new VBox(6, hint, text);
            VBox.setVgrow(text, Priority.ALWAYS);
            box.setPadding(new Insets(8));
            editors.put(k, text);
            tabs.getTabs().add(new Tab(m.get("wordlist.kind." + k.file), box));
        }
        ListView<String> problems = new ListView<>();
        problems.setId("word-list-problems");
        problems.setPrefHeight(90);
        Label status = new Label();
        status.setId("word-list-status");
        Button save = new Button(m.get("wordlist.save"));
        save.setId("word-list-save");
        save.setOnAction(e -> {
            WordListKind kind = WordListKind.values()[tabs.getSelectionModel().getSelectedIndex()];
            vm.saveWordList(kind, editors.get(kind).getText(), found -> {
                problems.getItems().setAll(describe(found));
                status.setText(found.isEmpty() ? m.get("wordlist.saved", m.get("wordlist.kind." + kind.file))
                        : m.get("wordlist.savedWithProblems", m.get("wordlist.kind." + kind.file), found.size()));
            });
        });
        HBox bar = new HBox(8, save, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox root = new VBox(8, tabs, bar, problems);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.setPadding(new Insets(10));
        stage.setScene(new Scene(root, 560, 600));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        vm.loadWordLists(texts -> texts.forEach((k, t) -> editors.get(k).setText(t)));
    }

    /** A problem as the desk reads it: 第 3 行「某某集团」：重复. */
    static List<String> describe(List<WordListProblem> problems) {
        Messages m = Messages.get();
        return problems.stream().map(p -> m.get("wordlist.problem", p.line(), p.text(),
                m.get("wordlist.problem." + p.reason(), p.detail()))).toList();
    }

    void show() {
        stage.show();
    }
}
