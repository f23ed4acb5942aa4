package org.copydesk.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleField;
import org.copydesk.domain.FindQuery;
import org.copydesk.l10n.Messages;
import org.copydesk.service.DeskReplace;
import org.copydesk.ui.fx.Cancellable;
import org.copydesk.ui.fx.Errors;
import org.copydesk.ui.fx.TaskRunner;

/**
 * Find and replace in the open article (Ctrl+F, Ctrl+H): over its title, subtitle, summary and body;
 * case, whole word and regular expressions as asked, full-width and half-width alike. Every match
 * is marked in the body editor and the preview, the current one selected; 替换 changes the current
 * match as typing would, 全部替换 changes them all as one step, and 撤销替换 takes that step back in
 * every field at once. The searching runs in the background, the newest search wins.
 */
public final class FindPane extends javafx.scene.layout.VBox {

    private final Messages m = Messages.get();
    private final EditorViewModel vm;
    private final EditorView view;
    private final DeskReplace finder;
    private final TaskRunner runner;
    private final TextField find = new TextField();
    private final TextField with = new TextField();
    private final CheckBox matchCase = new CheckBox();
    private final CheckBox wholeWord = new CheckBox();
    private final CheckBox regex = new CheckBox();
    private final Label count = new Label();
    private final Button replaceOne = new Button();
    private final Button replaceAll = new Button();
    private final Button undoAll = new Button();
    private final FlowPane replaceRow = new FlowPane(8, 4);
    private List<DeskReplace.Change> found = List.of();
    private int current = -1;
    private long sequence;
    private Cancellable pending;
    private Article beforeReplaceAll;
    private boolean markInEditor = true;
    /** What the last 全部替换 did, said instead of 没有找到 until the search changes. */
    private String replacedLine;
    private BiConsumer<List<int[]>, Integer> onMarks = (r, c) -> { };

    public FindPane(EditorViewModel vm, EditorView view, DeskReplace finder, TaskRunner runner) {
        super(4);
        this.vm = vm;
        this.view = view;
        this.finder = finder;
        this.runner = runner;
        setId("find-pane");
        getStyleClass().add("find-pane");
        setPadding(new Insets(4, 8, 4, 8));
        find.setId("find-text");
        find.setPromptText(m.get("find.find"));
        find.setPrefColumnCount(10);
        with.setId("find-replacement");
        with.setPromptText(m.get("find.replaceWith"));
        with.setPrefColumnCount(14);
        option(matchCase, "find-case", "find.matchCase");
        option(wholeWord, "find-word", "find.wholeWord");
        option(regex, "find-regex", "find.regex");
        count.setId("find-count");
        count.setMinWidth(Label.USE_PREF_SIZE);
        Button previous = button("find-previous", "↑", "find.previous", () -> step(-1));
        Button next = button("find-next", "↓", "find.next", () -> step(1));
        button(replaceOne, "find-replace", m.get("find.replace"), "find.replace", this::replaceCurrent);
        button(replaceAll, "find-replace-all", m.get("find.replaceAll"), "find.replaceAll", this::replaceEverything);
        button(undoAll, "find-undo", m.get("find.undo"), "find.undo", this::undoReplaceAll);
        undoAll.setDisable(true);
        Button close = button("find-close", "✕", "find.close", this::close);
        // what to find and how on the first row, what it becomes on the second (shown for replace)
        FlowPane findRow = new FlowPane(8, 4, find, previous, next, count, matchCase, wholeWord, regex, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        replaceRow.getChildren().addAll(with, replaceOne, replaceAll, undoAll);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(findRow, replaceRow);

        find.textProperty().addListener((o, a, b) -> {
            replacedLine = null;
            search();
        });
        for (CheckBox c : List.of(matchCase, wholeWord, regex)) {
            c.selectedProperty().addListener((o, a, b) -> {
                replacedLine = null;
                search();
            });
        }
        // what the search runs over changes: look again, the current match kept by its number
        for (StringProperty p : List.of(vm.titleProperty(), vm.subtitleProperty(), vm.summaryProperty(), vm.bodyHtmlProperty())) {
            p.addListener((o, a, b) -> {
                if (isVisible() && !find.getText().isEmpty()) {
                    // typing in the body: its marks stay as they are (moving them would move the caret)
                    boolean typing = view.body() != null && view.body().webView().isFocused();
                    search();
                    markInEditor = !typing;
                }
            });
        }
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                close();
            } else if (e.getCode() == KeyCode.ENTER && e.getTarget() == find) {
                e.consume();
                step(e.isShiftDown() ? -1 : 1);
            } else if (e.getCode() == KeyCode.ENTER && e.getTarget() == with) {
                e.consume();
                replaceCurrent();
            }
        });
        setVisible(false);
        setManaged(false);
    }

    private void option(CheckBox c, String id, String key) {
        c.setText(m.get(key));
        c.setId(id);
        c.setFocusTraversable(true);
    }

    private Button button(String id, String glyph, String key, Runnable action) {
        Button b = new Button();
        button(b, id, glyph, key, action);
        return b;
    }

    private void button(Button b, String id, String glyph, String key, Runnable action) {
        b.setText(glyph);
        b.setId(id);
        b.setAccessibleText(m.get(key));
        org.copydesk.ui.fx.HoverTooltip.install(b, m.get(key));
        b.setMinWidth(Button.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
    }

    /** Called with the ranges of the body's matches ([paragraph, start, end]) and the current one, for the preview to mark. */
    public void setOnMarks(BiConsumer<List<int[]>, Integer> onMarks) {
        this.onMarks = onMarks;
    }

    /** Opens the pane (with the replace field when {@code replace}), the selected words as the search. */
    public void open(boolean replace, String selected) {
        setVisible(true);
        setManaged(true);
        replaceRow.setVisible(replace);
        replaceRow.setManaged(replace);
        if (selected != null && !selected.isBlank() && !selected.contains("\n")) {
            find.setText(selected);
        }
        find.requestFocus();
        find.selectAll();
        search();
    }

    /** Closes the pane and takes the marks away; the keyboard goes back to the body. */
    public void close() {
        setVisible(false);
        setManaged(false);
        sequence++;
        found = List.of();
        current = -1;
        mark();
        if (view.body() != null) {
            view.body().webView().requestFocus();
        }
    }

    private FindQuery query() {
        return new FindQuery(find.getText(), with.getText(), matchCase.isSelected(), wholeWord.isSelected(), regex.isSelected());
    }

    /** The article as the editor has it now, words not yet saved included. */
    private Article open() {
        return Article.blank().toBuilder().title(vm.titleProperty().get()).subtitle(vm.subtitleProperty().get())
                .summary(vm.summaryProperty().get()).bodyHtml(vm.bodyHtmlProperty().get()).build();
    }

    private void search() {
        markInEditor = true;
        long mine = ++sequence;
        if (pending != null) {
            pending.cancel();
        }
        if (find.getText().isEmpty()) {
            show(mine, List.of(), null);
            return;
        }
        FindQuery q;
        try {
            q = query();
            q.pattern();
        } catch (RuntimeException e) {
            show(mine, List.of(), Errors.message(e));
            return;
        }
        Article a = open();
        pending = runner.submit("find in article", () -> finder.find(a, q), r -> show(mine, r, null),
                t -> show(mine, List.of(), Errors.message(t)));
    }

    private void show(long mine, List<DeskReplace.Change> result, String error) {
        if (mine != sequence) {
            return;
        }
        int was = current;
        found = result;
        current = result.isEmpty() ? -1 : Math.max(0, Math.min(was, result.size() - 1));
        count.getStyleClass().remove("find-none");
        if (error != null) {
            count.setText(error);
            count.getStyleClass().add("find-none");
        } else if (find.getText().isEmpty()) {
            count.setText("");
        } else if (result.isEmpty() && replacedLine != null) {
            count.setText(replacedLine);
        } else if (result.isEmpty()) {
            count.setText(m.get("find.none"));
            count.getStyleClass().add("find-none");
        } else {
            count.setText(m.get("find.count", current + 1, result.size()));
        }
        replaceOne.setDisable(result.isEmpty());
        replaceAll.setDisable(result.isEmpty());
        mark();
    }

    /** Marks every body match in the editor and the preview, the current one outlined. */
    private void mark() {
        List<int[]> ranges = new ArrayList<>();
        int currentBody = -1;
        for (int i = 0; i < found.size(); i++) {
            DeskReplace.Change c = found.get(i);
            if (c.field() == ArticleField.BODY) {
                if (i == current) {
                    currentBody = ranges.size();
                }
                ranges.add(new int[] {c.paragraph(), c.start(), c.start() + c.before().length()});
            }
        }
        if (view.body() != null && markInEditor) {
            view.body().markFound(ranges, currentBody);
        }
        onMarks.accept(ranges, currentBody);
    }

    /** Goes to the next (or previous) match, round the end, and shows it where it is. */
    public void step(int by) {
        if (found.isEmpty()) {
            return;
        }
        markInEditor = true;
        current = Math.floorMod(current + by, found.size());
        count.setText(m.get("find.count", current + 1, found.size()));
        mark();
        reveal(found.get(current));
    }

    private void reveal(DeskReplace.Change c) {
        if (c.field() == ArticleField.BODY) {
            if (view.body() != null) {
                view.body().select(c.paragraph(), c.start(), c.start() + c.before().length(), c.before());
            }
            return;
        }
        TextInputControl field = view.fieldFor(c.field());
        if (field != null) {
            field.selectRange(c.start(), c.start() + c.before().length());
        }
    }

    /** Replaces the current match, as typing would (its field's undo takes it back), and goes to the next. */
    public void replaceCurrent() {
        if (current < 0 || current >= found.size()) {
            return;
        }
        DeskReplace.Change c = found.get(current);
        if (c.field() == ArticleField.BODY) {
            if (view.body() != null) {
                view.body().markFound(List.of(), -1);
                view.body().replace(c.paragraph(), c.start(), c.start() + c.before().length(), c.before(), c.after());
            }
        } else {
            StringProperty p = vm.textField(c.field().key());
            String text = p.get();
            if (c.start() + c.before().length() <= text.length() && text.startsWith(c.before(), c.start())) {
                String next = text.substring(0, c.start()) + c.after() + text.substring(c.start() + c.before().length());
                if (c.field() == ArticleField.TITLE && next.isBlank()) {
                    count.setText(m.get("find.titleEmpty"));
                    return;
                }
                TextInputControl field = view.fieldFor(c.field());
                if (field != null) {
                    field.replaceText(c.start(), c.start() + c.before().length(), c.after());
                } else {
                    p.set(next);
                }
            }
        }
        // the search runs again as the words change; the current number now points at the next match
    }

    /** Replaces every match in every field as one step; 撤销替换 takes the whole step back. */
    public void replaceEverything() {
        if (found.isEmpty()) {
            return;
        }
        FindQuery q;
        try {
            q = query();
        } catch (RuntimeException e) {
            count.setText(Errors.message(e));
            return;
        }
        Article before = open();
        Article after;
        try {
            after = finder.replaceAll(before, q);
        } catch (RuntimeException e) {
            count.setText(Errors.message(e));
            return;
        }
        if (after.title().isBlank() && !before.title().isBlank()) {
            count.setText(m.get("find.titleEmpty"));
            return;
        }
        int made = found.size();
        beforeReplaceAll = before;
        put(after);
        undoAll.setDisable(false);
        replacedLine = m.get("find.replaced", made);
        count.setText(replacedLine);
    }

    /** Takes the last 全部替换 back in every field at once. */
    public void undoReplaceAll() {
        if (beforeReplaceAll == null) {
            return;
        }
        replacedLine = null;
        put(beforeReplaceAll);
        beforeReplaceAll = null;
        undoAll.setDisable(true);
    }

    private void put(Article a) {
        vm.titleProperty().set(a.title());
        vm.subtitleProperty().set(a.subtitle());
        vm.summaryProperty().set(a.summary());
        if (!a.bodyHtml().equals(vm.bodyHtmlProperty().get())) {
            if (view.body() != null) {
                view.body().replaceAll(a.bodyHtml());
            } else {
                vm.bodyHtmlProperty().set(a.bodyHtml());
            }
        }
    }

}
