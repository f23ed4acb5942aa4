package org.copydesk.ui.editor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.copydesk.domain.SiteProfile;
import org.copydesk.domain.Status;
import org.copydesk.l10n.Messages;

/**
 * The editor: the article's fields above, the body below. Required fields (title, channel, source,
 * editor) are marked until filled. The view only binds nodes to the {@link EditorViewModel}.
 */
public final class EditorView extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final EditorViewModel vm;
    private final Messages m = Messages.get();
    private final TitleField title = new TitleField();
    private final TextField subtitle = new TextField();
    private final TextArea summary = new TextArea();
    private final ComboBox<String> channel = new ComboBox<>();
    private final TextField source = new TextField();
    private final TextField author = new TextField();
    private final TextField editor = new TextField();
    private final DatePicker date = new DatePicker();
    private final TextField time = new TextField();
    private final java.util.Map<StringProperty, javafx.scene.control.TextInputControl> controls = new java.util.HashMap<>();
    private final Label status = new Label();
    private final KeywordField keywords;
    private final javafx.scene.layout.StackPane bodySlot = new javafx.scene.layout.StackPane();
    private BodyEditor body;
    private boolean syncingTime;

    public EditorView(EditorViewModel vm, SiteProfile profile) {
        this.vm = vm;
        getStyleClass().add("editor");
        setSpacing(0);

        title.setId("title");
        title.getStyleClass().add("title-field");
        title.setPromptText(m.get("editor.title.prompt"));
        subtitle.setId("subtitle");
        subtitle.setPromptText(m.get("editor.subtitle.prompt"));
        summary.setId("summary");
        // Tab leaves the summary for the next field, as in every other field
        org.copydesk.ui.fx.TabLeaves.install(summary, false);
        summary.setPromptText(m.get("editor.summary.prompt"));
        summary.setPrefRowCount(2);
        summary.setWrapText(true);
        channel.setId("channel");
        channel.setItems(FXCollections.observableArrayList(profile.channelNames()));
        channel.setPromptText(m.get("editor.channel.prompt"));
        channel.setMaxWidth(Double.MAX_VALUE);
        channel.setMinWidth(90);
        source.setId("source");
        author.setId("author");
        editor.setId("editor");
        date.setId("date");
        // a prompt that reads as a prompt, never as a date that is set
        date.setPromptText(m.get("editor.date.prompt"));
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
        date.setPrefWidth(140);
        // a date and a time are never cut: the row gives way elsewhere
        date.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        time.setId("time");
        time.setPromptText(m.get("editor.time.prompt"));
        time.setPrefWidth(62);
        time.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setId("status");
        status.getStyleClass().add("status-badge");

        bind(title, vm.titleProperty());
        bind(subtitle, vm.subtitleProperty());
        bind(summary, vm.summaryProperty());
        channel.valueProperty().bindBidirectional(vm.channelProperty());
        bind(source, vm.sourceProperty());
        bind(author, vm.authorProperty());
        bind(editor, vm.editorProperty());
        bindPublishTime();
        bindStatus();

        keywords = new KeywordField(vm.keywords(), vm.knownKeywords());

        GridPane form = new GridPane();
        form.getStyleClass().add("metadata");
        form.setHgap(8);
        form.setVgap(6);
        form.setPadding(new Insets(8, 12, 8, 12));
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(GridPane.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        // no fixed minimum: the column is as narrow as its fields allow (the date and time never less than whole)
        form.getColumnConstraints().addAll(label, field, label, field);

        HBox when = new HBox(4, date, time);
        when.setAlignment(Pos.CENTER_LEFT);
        // the date and time sit beside a field that can give way (a combo box cannot), so neither is cut
        form.addRow(0, label("editor.channel", channel), channel, label("editor.status", status), status);
        form.addRow(1, label("editor.source", source), source, label("editor.author", author), author);
        form.addRow(2, label("editor.editor", editor), editor, label("editor.publishedAt", date), when);
        form.add(label("editor.keywords", keywords.input()), 0, 3);
        form.add(keywords, 1, 3, 3, 1);
        form.add(label("editor.summary", summary), 0, 4);
        form.add(summary, 1, 4, 3, 1);
        Label lead = new Label();
        lead.setId("lead-image");
        javafx.scene.control.Button noLead = new javafx.scene.control.Button(m.get("editor.leadClear"));
        noLead.setId("lead-image-clear");
        noLead.setOnAction(e -> vm.leadImageProperty().set(""));
        Runnable showLead = () -> {
            boolean set = !vm.leadImageProperty().get().isEmpty();
            lead.setText(m.get(set ? "editor.leadSet" : "editor.leadNone"));
            noLead.setVisible(set);
        };
        vm.leadImageProperty().addListener((o, was, now) -> showLead.run());
        showLead.run();
        HBox leadRow = new HBox(8, lead, noLead);
        leadRow.setAlignment(Pos.CENTER_LEFT);
        Label leadLabel = label("editor.leadField", noLead);
        form.add(leadLabel, 0, 5);
        form.add(leadRow, 1, 5, 3, 1);

        VBox head = new VBox(4, title, subtitle);
        head.setPadding(new Insets(10, 12, 0, 12));

        VBox.setVgrow(bodySlot, Priority.ALWAYS);
        bodySlot.getChildren().add(new Label(m.get("editor.loading")));
        getChildren().addAll(head, form, bodySlot);

        disableProperty().bind(vm.editableProperty().not());
        keepFocusAcrossReloads();
    }

    /**
     * While an article is (re)loaded the editor is disabled for a moment, and JavaFX hands the focus
     * to the next control it can find, the draft search box, where the next keystrokes would go.
     * When the editor comes back and the focus is still where it was pushed, it returns to the field
     * the person was in.
     */
    private void keepFocusAcrossReloads() {
        javafx.scene.Node[] lastInside = {null};
        javafx.scene.Node[] pushedTo = {null};
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                // where the focus goes while the editor is disabled is where it was pushed
                scene.focusOwnerProperty().addListener((f, from, to) -> {
                    if (isDisabled() && lastInside[0] != null) {
                        pushedTo[0] = to;
                    }
                });
            }
        });
        disabledProperty().addListener((o, was, now) -> {
            javafx.scene.Scene scene = getScene();
            if (scene == null) {
                return;
            }
            if (now) {
                javafx.scene.Node owner = scene.getFocusOwner();
                lastInside[0] = owner != null && isInside(owner) ? owner : null;
                pushedTo[0] = null;
            } else if (lastInside[0] != null) {
                javafx.scene.Node owner = scene.getFocusOwner();
                if ((owner == null || owner == pushedTo[0] || owner == lastInside[0]) && lastInside[0].getScene() == scene) {
                    javafx.scene.Node back = lastInside[0];
                    back.requestFocus();
                    if (back instanceof javafx.scene.control.TextInputControl t) {
                        // a field takes the focus by selecting all of itself: put the caret back at the end instead
                        t.deselect();
                        t.end();
                    }
                }
                lastInside[0] = null;
                pushedTo[0] = null;
            }
        });
    }

    private boolean isInside(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (p == this) {
                return true;
            }
        }
        return false;
    }

    /** Puts the tagger panel between the fields and the body. */
    public void attachTagger(javafx.scene.Node panel) {
        getChildren().add(getChildren().indexOf(bodySlot), panel);
    }

    /**
     * Puts the body editor in place. It is created after the window's first frame, because a web
     * view takes longer to start than everything else in the window.
     */
    public void attachBody(BodyEditor editor) {
        markRequiredFields();
        keywords.enableCompletion();
        this.body = editor;
        editor.setOnChange(vm.bodyHtmlProperty()::set);
        editor.setOnImageChosen(file -> vm.addImage(file, img -> editor.insertImage(img.name(), "")));
        editor.setOnPaste((html, text, picture) -> vm.paste(html, text, picture, editor::insertHtml));
        editor.setOnLeadChosen(vm.leadImageProperty()::set);
        vm.leadImageProperty().addListener((o, a, b) -> editor.showLead(b));
        editor.webView().getEngine().getLoadWorker().stateProperty().addListener((o, a, b) -> editor.showLead(vm.leadImageProperty().get()));
        vm.reloadsProperty().addListener((o, a, b) -> {
            if (vm.storedProperty().get() != null) {
                editor.show(vm.storedProperty().get().id(), vm.storedProperty().get().bodyHtml());
            }
        });
        vm.storedProperty().addListener((o, was, now) -> {
            if (now != null && (was == null || was.id() != now.id())) {
                editor.show(now.id(), now.bodyHtml());
            } else if (now == null) {
                editor.show(0, "");
            }
        });
        if (vm.storedProperty().get() != null) {
            editor.show(vm.storedProperty().get().id(), vm.storedProperty().get().bodyHtml());
        }
        bodySlot.getChildren().setAll(editor);
    }

    /** Marks the fields an article cannot be published without, until they are filled. */
    private void markRequiredFields() {
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(title, Validator.createEmptyValidator(m.get("editor.required", m.get("editor.title"))));
        validation.registerValidator(channel, Validator.createEmptyValidator(m.get("editor.required", m.get("editor.channel"))));
        validation.registerValidator(source, Validator.createEmptyValidator(m.get("editor.required", m.get("editor.source"))));
        validation.registerValidator(editor, Validator.createEmptyValidator(m.get("editor.required", m.get("editor.editor"))));
    }

    private Label label(String key, javafx.scene.Node target) {
        Label l = new Label(m.get(key));
        l.setLabelFor(target);
        l.getStyleClass().add("field-label");
        return l;
    }

    /** Binds a text control to its property, and remembers which control shows which property. */
    private void bind(javafx.scene.control.TextInputControl field, StringProperty property) {
        field.textProperty().bindBidirectional(property);
        controls.put(property, field);
    }

    private void bindPublishTime() {
        Runnable fromVm = () -> {
            syncingTime = true;
            try {
                LocalDateTime t = vm.publishedAtProperty().get();
                date.setValue(t == null ? null : t.toLocalDate());
                time.setText(t == null ? "" : TIME.format(t));
            } finally {
                syncingTime = false;
            }
        };
        vm.publishedAtProperty().addListener((o, a, b) -> fromVm.run());
        fromVm.run();
        date.valueProperty().addListener((o, a, b) -> toVm());
        time.textProperty().addListener((o, a, b) -> {
            if (b.isBlank() || parseTime(b) != null) {
                time.getStyleClass().remove("invalid");
                toVm();
            } else if (!time.getStyleClass().contains("invalid")) {
                time.getStyleClass().add("invalid");
            }
        });
    }

    private void toVm() {
        if (syncingTime) {
            return;
        }
        LocalDate d = date.getValue();
        LocalTime t = parseTime(time.getText());
        vm.publishedAtProperty().set(d == null ? null : d.atTime(t == null ? LocalTime.MIDNIGHT : t));
    }

    private static LocalTime parseTime(String s) {
        try {
            return LocalTime.parse(s.strip().replace('：', ':'), DateTimeFormatter.ofPattern("H:mm"));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The status is shown, not chosen: it moves with the review workflow. */
    private void bindStatus() {
        Runnable show = () -> {
            Status st = vm.statusProperty().get();
            status.setText(m.get("status." + st.code()));
            status.getStyleClass().removeIf(c -> c.startsWith("status-is-"));
            status.getStyleClass().add("status-is-" + st.code());
        };
        vm.statusProperty().addListener((o, a, b) -> show.run());
        show.run();
    }

    /** Shows where a proofreading finding is: its characters selected in the body or the field. */
    public void reveal(org.copydesk.domain.Finding f) {
        if (org.copydesk.domain.Finding.BODY.equals(f.field())) {
            if (body != null && f.paragraph() >= 0) {
                body.select(f.paragraph(), f.start(), f.end(), f.text());
            }
            return;
        }
        StringProperty property = vm.textField(f.field());
        javafx.scene.control.TextInputControl field = property == null ? null : controls.get(property);
        if (field == null) {
            if ("channel".equals(f.field())) {
                channel.requestFocus();
            } else if ("keywords".equals(f.field())) {
                keywords.input().requestFocus();
            }
            return;
        }
        int[] at = vm.placeInField(f.field(), f.start(), f.end(), f.text());
        field.requestFocus();
        if (at != null && at[1] > at[0]) {
            field.selectRange(at[0], at[1]);
        } else {
            field.selectAll();
        }
    }

    private FindPane find;

    /** Puts the find-and-replace pane above the body, hidden until asked for. */
    public void attachFind(FindPane pane) {
        this.find = pane;
        getChildren().add(getChildren().indexOf(bodySlot), pane);
    }

    /**
     * Opens find (or find and replace) in the article, the words selected in the focused field or
     * the body as the search; false before the pane is in place.
     */
    public boolean openFind(boolean replace) {
        if (find == null) {
            return false;
        }
        String selected = null;
        javafx.scene.Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (focus instanceof javafx.scene.control.TextInputControl t && controls.containsValue(t)) {
            selected = t.getSelectedText();
        } else if (body != null && focus == body.webView()) {
            selected = body.selectedText();
        }
        find.open(replace, selected);
        return true;
    }

    /** The text control that shows a field (title, subtitle, summary…), or null for one that has none. */
    public javafx.scene.control.TextInputControl fieldFor(org.copydesk.domain.ArticleField f) {
        StringProperty property = vm.textField(f.key());
        return property == null ? null : controls.get(property);
    }

    public javafx.scene.control.TextInputControl titleField() {
        return title;
    }

    public BodyEditor body() {
        return body;
    }

    public List<javafx.scene.Node> requiredFields() {
        return List.of(title, channel, source, editor);
    }
}
