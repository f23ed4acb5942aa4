package org.copydesk.ui.editor;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.copydesk.l10n.Messages;

/**
 * The keyword field: accepted keywords as removable chips, and a text box that completes from the
 * keywords the desk already uses (most used first). Enter, space, comma or 、 accepts a keyword;
 * Backspace in the empty box removes the last one.
 */
public final class KeywordField extends FlowPane {

    private static final int SUGGESTIONS = 12;

    private final ObservableList<String> keywords;
    private final TextField input = new TextField();
    private final ObservableList<String> known;
    private boolean completing;

    public KeywordField(ObservableList<String> keywords, ObservableList<String> known) {
        this.keywords = keywords;
        this.known = known;
        getStyleClass().add("keyword-field");
        setHgap(4);
        setVgap(4);
        setAlignment(Pos.CENTER_LEFT);
        input.setId("keyword-input");
        input.setPromptText(Messages.get().get("editor.keywords.prompt"));
        input.setPrefColumnCount(10);
        input.getStyleClass().add("keyword-input");
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.COMMA) {
                accept(input.getText());
                input.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty() && !keywords.isEmpty()) {
                keywords.remove(keywords.size() - 1);
                e.consume();
            }
        });
        input.textProperty().addListener((o, a, b) -> {
            if (b.matches(".*[\\s,，、;；]$")) {
                accept(b);
                input.clear();
            }
        });
        input.focusedProperty().addListener((o, was, is) -> {
            if (!is && !input.getText().isBlank()) {
                accept(input.getText());
                input.clear();
            }
        });
        keywords.addListener((ListChangeListener<String>) c -> rebuild());
        rebuild();
    }

    /** Turns on completion from the desk's keywords (after the first frame: the popup is costly to set up). */
    public void enableCompletion() {
        if (completing) {
            return;
        }
        completing = true;
        AutoCompletionBinding<String> completion = TextFields.bindAutoCompletion(input,
                request -> suggest(request.getUserText(), known));
        completion.setOnAutoCompleted(e -> {
            accept(e.getCompletion());
            input.clear();
        });
    }

    public TextField input() {
        return input;
    }

    private Collection<String> suggest(String typed, List<String> known) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return List.of();
        }
        List<String> starts = known.stream()
                .filter(k -> !keywords.contains(k) && k.toLowerCase(Locale.ROOT).startsWith(t)).toList();
        List<String> contains = known.stream()
                .filter(k -> !keywords.contains(k) && !k.toLowerCase(Locale.ROOT).startsWith(t)
                        && k.toLowerCase(Locale.ROOT).contains(t)).toList();
        return java.util.stream.Stream.concat(starts.stream(), contains.stream()).limit(SUGGESTIONS).toList();
    }

    private void accept(String raw) {
        for (String word : raw.split("[\\s,，、;；]+")) {
            String w = word.strip();
            if (!w.isEmpty() && !keywords.contains(w)) {
                keywords.add(w);
            }
        }
    }

    private void rebuild() {
        getChildren().clear();
        for (String k : keywords) {
            Label text = new Label(k);
            Button remove = new Button("×");
            remove.getStyleClass().add("chip-remove");
            remove.setFocusTraversable(false);
            remove.setAccessibleText(Messages.get().get("editor.keywords.remove", k));
            remove.setOnAction(e -> keywords.remove(k));
            HBox chip = new HBox(2, text, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("chip");
            getChildren().add(chip);
        }
        getChildren().add(input);
    }
}
