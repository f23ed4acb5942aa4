package org.copydesk.ui.review;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import org.copydesk.domain.DiffGranularity;
import org.copydesk.domain.Revision;
import org.copydesk.l10n.Messages;

/** 版本: the revisions; any two compared in the preview (by word or by character), one put back. */
final class RevisionsTab extends Tab {

    private final Messages m = Messages.get();

    RevisionsTab(ReviewViewModel vm, Places places) {
        super(Messages.get().get("review.tab.revisions"));
        setId("review-tab-revisions");
        ListView<Revision> list = new ListView<>();
        list.setId("revisions");
        list.setItems(vm.revisions());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Revision r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : m.get("review.revision", r.version(), Layout.time(r.createdAt()), reason(r.reason())));
            }
        });
        ToggleGroup granularity = new ToggleGroup();
        ToggleButton words = new ToggleButton(m.get("review.byWord"));
        words.setId("compare-words");
        ToggleButton chars = new ToggleButton(m.get("review.byCharacter"));
        chars.setId("compare-characters");
        words.setToggleGroup(granularity);
        chars.setToggleGroup(granularity);
        words.setSelected(true);
        granularity.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            }
        });
        Button compare = new Button(m.get("review.compare"));
        compare.setId("revision-compare");
        compare.disableProperty().bind(Bindings.size(list.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        compare.setOnAction(e -> {
            List<Revision> two = List.copyOf(list.getSelectionModel().getSelectedItems());
            if (two.size() == 2) {
                vm.compare(two.get(0), two.get(1), chars.isSelected() ? DiffGranularity.CHARACTER : DiffGranularity.WORD,
                        places::compare);
            }
        });
        Button back = new Button(m.get("review.compareEnd"));
        back.setId("revision-compare-end");
        back.setOnAction(e -> places.compare(null));
        Button restore = new Button(m.get("review.restore"));
        restore.setId("revision-restore");
        restore.disableProperty().bind(Bindings.size(list.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        restore.setOnAction(e -> {
            Revision r = list.getSelectionModel().getSelectedItem();
            if (r != null) {
                vm.restore(r);
            }
        });
        setContent(Layout.pane(list, words, chars, compare, back, Layout.spacer(), restore));
        // the comparison belongs to this tab: leaving it shows the draft again
        selectedProperty().addListener((o, was, now) -> {
            if (!now) {
                places.compare(null);
            }
        });
    }

    private String reason(String reason) {
        if (reason.startsWith("status:")) {
            return m.get("status." + reason.substring("status:".length()));
        }
        if (reason.startsWith("restore:")) {
            return m.get("review.revision.restored", reason.substring("restore:".length()));
        }
        String[] replaced = org.copydesk.service.DeskReplace.noteOf(reason);
        if (replaced != null) {
            return m.get("review.revision.replaced", replaced[1], replaced[2]);
        }
        if (reason.startsWith("replace-undo:")) {
            return m.get("review.revision.replaceUndone");
        }
        String key = "review.revision.reason." + reason;
        return m.has(key) ? m.get(key) : reason;
    }
}
