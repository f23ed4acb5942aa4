package org.copydesk.ui.review;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.copydesk.domain.Finding;
import org.copydesk.l10n.Messages;

/**
 * The review panel under the preview: its four tabs (问题, 批注, 流程, 版本, one class each) and the
 * line of messages under them.
 */
public final class ReviewPanel extends BorderPane {

    private final TabPane tabs = new TabPane();
    private final FindingsTab findings;

    public ReviewPanel(ReviewViewModel vm, Places places) {
        setId("review");
        getStyleClass().add("review-panel");
        findings = new FindingsTab(vm, places);
        NotesTab notes = new NotesTab(vm);
        findings.onSelected(notes::anchorTo);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(findings, notes, new WorkflowTab(vm), new RevisionsTab(vm, places));
        Label message = new Label();
        message.setId("review-message");
        message.getStyleClass().add("review-message");
        message.textProperty().bind(vm.messageProperty());
        org.copydesk.ui.fx.WholeText.install(message);
        setCenter(tabs);
        setBottom(message);
        BorderPane.setMargin(message, new Insets(2, 8, 2, 8));
    }

    public TabPane tabs() {
        return tabs;
    }

    /** The menu a click on a mark in the preview opens: the message, the fix, dismiss. */
    public ContextMenu menuFor(List<Finding> list) {
        return findings.menuFor(list);
    }

    /** Selects a finding in the findings list (and so shows its place). */
    public void select(Finding f) {
        findings.select(f);
    }

    /** Goes to the next finding in the list (F8), round at the end; false when there is none. */
    public boolean nextFinding() {
        return findings.step(1);
    }

    /** Goes to the previous finding (Shift+F8). */
    public boolean previousFinding() {
        return findings.step(-1);
    }

    /** 改正 on the finding selected in the list. */
    public void fixSelected() {
        findings.fixSelected();
    }

    /** 忽略此处 on the finding selected in the list. */
    public void dismissSelected() {
        findings.dismissSelected();
    }

    /** Applies a finding's suggestion where it is. */
    public void fix(Finding f) {
        findings.fix(f);
    }
}
