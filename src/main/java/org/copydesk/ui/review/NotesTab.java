package org.copydesk.ui.review;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.copydesk.domain.Finding;
import org.copydesk.domain.Note;
import org.copydesk.l10n.Messages;

/** 批注: notes anchored to a paragraph (and the words they are about), open or resolved, and a form for a new one. */
final class NotesTab extends Tab {

    private final ReviewViewModel vm;
    private final Messages m = Messages.get();
    private final ComboBox<Integer> paragraph = new ComboBox<>();

    NotesTab(ReviewViewModel vm) {
        super(Messages.get().get("review.tab.notes"));
        this.vm = vm;
        setId("review-tab-notes");
        ListView<Note> list = new ListView<>();
        list.setId("notes");
        list.setItems(vm.notes());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Note n, boolean empty) {
                super.updateItem(n, empty);
                getStyleClass().removeAll("note-open", "note-resolved");
                if (empty || n == null) {
                    setText(null);
                    return;
                }
                String place = n.paragraph() < 0 ? m.get("sheet.wholeArticle") : m.get("sheet.paragraph", n.paragraph() + 1);
                String head = place + " · " + n.author() + " · " + Layout.time(n.createdAt())
                        + (n.open() ? "" : " · " + m.get("sheet.resolvedBy", n.resolvedBy(), Layout.time(n.resolvedAt())));
                setText(head + "\n" + (n.anchor().isEmpty() ? "" : "“" + n.anchor() + "”　") + n.body());
                getStyleClass().add(n.open() ? "note-open" : "note-resolved");
            }
        });
        Button toggle = new Button();
        toggle.setId("note-resolve");
        toggle.textProperty().bind(Bindings.createStringBinding(() -> {
            Note n = list.getSelectionModel().getSelectedItem();
            return m.get(n != null && !n.open() ? "review.reopen" : "review.resolve");
        }, list.getSelectionModel().selectedItemProperty()));
        toggle.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        toggle.setOnAction(e -> {
            Note n = list.getSelectionModel().getSelectedItem();
            if (n != null && n.open()) {
                vm.resolve(n);
            } else if (n != null) {
                vm.reopen(n);
            }
        });

        paragraph.setId("note-paragraph");
        vm.paragraphs().addListener((ListChangeListener<String>) c -> fillParagraphs());
        fillParagraphs();
        paragraph.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer i) {
                if (i == null || i < 0) {
                    return m.get("sheet.wholeArticle");
                }
                String text = i < vm.paragraphs().size() ? vm.paragraphs().get(i) : "";
                return m.get("sheet.paragraph", i + 1) + "　" + (text.length() > 14 ? text.substring(0, 14) + "…" : text);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        paragraph.setMaxWidth(240);
        TextField anchor = new TextField();
        anchor.setId("note-anchor");
        anchor.setPromptText(m.get("review.note.anchor"));
        anchor.setPrefColumnCount(8);
        TextArea body = new TextArea();
        body.setId("note-body");
        body.setPromptText(m.get("review.note.prompt"));
        body.setPrefRowCount(2);
        body.setWrapText(true);
        org.copydesk.ui.fx.TabLeaves.install(body, false);
        Button add = new Button(m.get("review.note.add"));
        add.setId("note-add");
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        add.disableProperty().bind(body.textProperty().isEmpty());
        add.setOnAction(e -> {
            Integer p = paragraph.getValue();
            vm.addNote(p == null ? -1 : p, anchor.getText(), body.getText());
            body.clear();
            anchor.clear();
            // the button is disabled with the text gone: the keyboard goes back to the note, not to the window's first field
            body.requestFocus();
        });
        HBox where = new HBox(6, paragraph, anchor);
        where.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(anchor, Priority.ALWAYS);
        HBox write = new HBox(6, body, add);
        HBox.setHgrow(body, Priority.ALWAYS);
        write.setAlignment(Pos.CENTER_LEFT);
        VBox form = new VBox(4, where, write);
        VBox box = new VBox(6, list, new HBox(6, toggle), form);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        setContent(box);
    }

    /** A finding chosen in the findings list puts a new note on its paragraph. */
    void anchorTo(Finding f) {
        if (Finding.BODY.equals(f.field())) {
            paragraph.setValue(f.paragraph());
        }
    }

    private void fillParagraphs() {
        Integer was = paragraph.getValue();
        List<Integer> items = new ArrayList<>();
        items.add(-1);
        for (int i = 0; i < vm.paragraphs().size(); i++) {
            items.add(i);
        }
        paragraph.getItems().setAll(items);
        paragraph.setValue(was != null && items.contains(was) ? was : -1);
    }
}
