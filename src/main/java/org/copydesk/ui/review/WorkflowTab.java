package org.copydesk.ui.review;

import java.io.File;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.copydesk.domain.Gate;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.domain.Round;
import org.copydesk.domain.Status;
import org.copydesk.domain.Workflow;
import org.copydesk.l10n.Messages;
import org.copydesk.l10n.Wording;

/** 流程: the status and its steps (送审, 审核通过, 退回修改), the six rounds with who signed them, the gate and the record. */
final class WorkflowTab extends Tab {

    private final ReviewViewModel vm;
    private final Messages m = Messages.get();
    private final GridPane rounds = new GridPane();
    private final Label statusLabel = new Label();
    private final Label gateLabel = new Label();
    private final Button submit = new Button();
    private final Button approve = new Button();
    private final Button sendBack = new Button();
    private final Label approveWhy = new Label();
    private final ListView<ReviewEvent> events = new ListView<>();

    WorkflowTab(ReviewViewModel vm) {
        super(Messages.get().get("review.tab.workflow"));
        this.vm = vm;
        setId("review-tab-workflow");
        statusLabel.setId("review-status");
        statusLabel.getStyleClass().add("status-badge");
        gateLabel.setId("review-gate");
        gateLabel.setWrapText(true);
        // a long refusal wraps onto more lines instead of ending in "…"
        gateLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        gateLabel.getStyleClass().add("review-gate");
        org.copydesk.ui.fx.WholeText.install(gateLabel);
        submit.setText(m.get("review.submit"));
        submit.setId("review-submit");
        submit.setOnAction(e -> vm.submit());
        approve.setText(m.get("review.approve"));
        approve.setId("review-approve");
        approve.setOnAction(e -> vm.approve());
        sendBack.setText(m.get("review.sendBack"));
        sendBack.setId("review-send-back");
        sendBack.setOnAction(e -> vm.sendBack());
        approveWhy.setId("review-approve-why");
        approveWhy.getStyleClass().add("round-waits");
        approveWhy.setWrapText(true);
        approveWhy.setMinHeight(Region.USE_PREF_SIZE);
        org.copydesk.ui.fx.WholeText.install(approveWhy);
        vm.statusProperty().addListener((o, a, b) -> showStatus());
        vm.gateProperty().addListener((o, a, b) -> showStatus());
        vm.signed().addListener((MapChangeListener<Round, ReviewEvent>) c -> showStatus());
        // who is signing decides what they may sign (不同的人签三审; the author does not approve)
        vm.reviewerProperty().addListener((o, a, b) -> {
            showStatus();
            showRounds();
        });

        TextField reviewer = new TextField();
        reviewer.setId("reviewer");
        reviewer.setPromptText(m.get("review.who.prompt"));
        reviewer.textProperty().bindBidirectional(vm.reviewerProperty());
        reviewer.setPrefColumnCount(8);
        Button sheet = new Button(m.get("review.sheet"));
        sheet.setId("review-sheet");
        sheet.setOnAction(e -> chooseSheet());

        rounds.setId("rounds");
        rounds.setHgap(10);
        rounds.setVgap(3);
        vm.signed().addListener((MapChangeListener<Round, ReviewEvent>) c -> showRounds());
        vm.statusProperty().addListener((o, a, b) -> showRounds());
        showRounds();

        events.setId("review-events");
        events.setItems(vm.events());
        events.setPrefHeight(90);
        events.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewEvent e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setText(null);
                    return;
                }
                String what = Wording.event(e.kind()) + (e.round() == null ? "" : " · " + Wording.round(e.round()));
                setText(Layout.time(e.at()) + "　" + what + "　" + e.who() + (e.text().isEmpty() ? "" : "　" + e.text()));
            }
        });

        HBox steps = new HBox(6, Layout.whole(statusLabel), Layout.whole(submit), Layout.whole(approve), Layout.whole(sendBack));
        steps.setAlignment(Pos.CENTER_LEFT);
        HBox who = new HBox(6, Layout.whole(new Label(m.get("review.reviewer"))), reviewer, Layout.whole(sheet));
        who.setAlignment(Pos.CENTER_LEFT);
        // the reviewer's name and the sheet go onto a second line when the panel is narrow, never cut to "…"
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(16, 6, steps, who);
        actions.setAlignment(Pos.CENTER_LEFT);
        // below the rounds, so a reason that changes length never moves their buttons
        VBox box = new VBox(6, actions, gateLabel, rounds, approveWhy, events);
        VBox.setVgrow(events, Priority.ALWAYS);
        box.setPadding(new Insets(6));
        showStatus();
        setContent(box);
    }

    private void showStatus() {
        Status s = vm.status();
        statusLabel.setText(Wording.status(s));
        statusLabel.getStyleClass().removeIf(c -> c.startsWith("status-is-"));
        statusLabel.getStyleClass().add("status-is-" + s.code());
        boolean open = vm.articleId() != 0;
        submit.setDisable(!open || !Workflow.Step.SUBMIT.allowedFrom(s));
        var whyNot = open ? vm.whyNotApprove() : java.util.Optional.<org.copydesk.domain.ReviewRules.Refusal>empty();
        approve.setDisable(!open || !Workflow.Step.APPROVE.allowedFrom(s) || whyNot.isPresent());
        // why approval is not possible yet, in words beside the button, not after a click
        approveWhy.setText(whyNot.map(Wording::refusal).orElse(""));
        approveWhy.setVisible(whyNot.isPresent());
        approveWhy.setManaged(whyNot.isPresent());
        sendBack.setDisable(!open || !Workflow.Step.SEND_BACK.allowedFrom(s));
        Gate g = vm.gateProperty().get();
        gateLabel.setText(g.open() ? m.get("gate.open") : m.get("review.gateClosed", Wording.gate(g)));
        gateLabel.getStyleClass().removeAll("gate-open", "gate-closed");
        gateLabel.getStyleClass().add(g.open() ? "gate-open" : "gate-closed");
    }

    private void showRounds() {
        // a round's button becomes its signature: the keyboard must not fall to the first field of the window
        javafx.scene.Scene scene = rounds.getScene();
        Node owner = scene == null ? null : scene.getFocusOwner();
        boolean hadFocus = owner != null && inside(owner, rounds);
        rounds.getChildren().clear();
        for (Round r : Round.values()) {
            // reviews in the first pair of columns, proofreads in the second, a gap between
            int col = r.isReview() ? 0 : 3;
            int line = r.ordinal() % 3;
            Label name = new Label(Wording.round(r));
            name.getStyleClass().add("field-label");
            ReviewEvent e = vm.signed().get(r);
            Node state;
            if (e != null) {
                Label signedBy = new Label(m.get("review.signedBy", e.who(), Layout.time(e.at())));
                signedBy.setId("round-" + r.code() + "-signed");
                signedBy.getStyleClass().add("round-signed");
                if (!e.text().isEmpty()) {
                    signedBy.setTooltip(new Tooltip(e.text()));
                }
                state = signedBy;
            } else {
                Button sign = new Button(m.get("review.signOff"));
                sign.setId("round-" + r.code());
                var why = vm.whyNotSign(r);
                boolean mayNow = Workflow.maySignRounds(vm.status());
                sign.setDisable(!mayNow || why.isPresent());
                sign.setOnAction(x -> vm.signOff(r));
                if (why.isPresent()) {
                    // why it cannot be signed now, beside the button rather than after a dialog
                    Label whyLabel = new Label(shortReason(why.get()));
                    whyLabel.setId("round-" + r.code() + "-waits");
                    whyLabel.getStyleClass().add("round-waits");
                    whyLabel.setTooltip(new Tooltip(Wording.refusal(why.get())));
                    whyLabel.setMinWidth(Region.USE_PREF_SIZE);
                    state = new HBox(6, sign, whyLabel);
                    ((HBox) state).setAlignment(Pos.CENTER_LEFT);
                } else {
                    state = sign;
                }
            }
            rounds.add(name, col, line);
            rounds.add(state, col + 1, line);
        }
        if (hadFocus) {
            nextFocus().requestFocus();
        }
        Region gap = new Region();
        gap.setMinWidth(24);
        rounds.add(gap, 2, 0);
        // rows keep their height when a button becomes a signature, so the next button stays under the pointer
        if (rounds.getRowConstraints().isEmpty()) {
            for (int i = 0; i < 3; i++) {
                javafx.scene.layout.RowConstraints row = new javafx.scene.layout.RowConstraints();
                row.setMinHeight(30);
                row.setPrefHeight(30);
                rounds.getRowConstraints().add(row);
            }
        }
    }

    private static boolean inside(Node node, Node container) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == container) {
                return true;
            }
        }
        return false;
    }

    /** Where the keyboard goes after a round is signed: the next round open to sign, else 审核通过, else the record. */
    private Node nextFocus() {
        for (Node n : rounds.getChildren()) {
            Node b = n instanceof HBox h ? h.getChildren().get(0) : n;
            if (b instanceof Button button && !button.isDisabled()) {
                return button;
            }
        }
        return approve.isDisabled() ? events : approve;
    }

    /** The few words beside a round's button; the whole sentence is its tooltip. */
    private String shortReason(org.copydesk.domain.ReviewRules.Refusal r) {
        return switch (r.problem()) {
            case ROUND_OUT_OF_ORDER -> m.get("review.waitsFor", Wording.round(r.rounds().get(1)));
            case ROUND_SAME_PERSON -> m.get("review.otherPerson", Wording.round(r.rounds().get(1)));
            default -> Wording.refusal(r);
        };
    }

    private void chooseSheet() {
        if (vm.articleId() == 0) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("review.sheet"));
        chooser.setInitialFileName(m.get("sheet.sheet") + "-" + vm.articleId() + ".html");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML", "*.html"));
        File file = chooser.showSaveDialog(rounds.getScene().getWindow());
        if (file != null) {
            vm.exportSheet(file.toPath());
        }
    }
}
