package org.copydesk.ui.drafts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.domain.SiteProfile;
import org.copydesk.domain.Status;
import org.copydesk.l10n.Messages;

/** The draft list: a search box, status and channel filters, and the articles, newest change first. */
public final class DraftListView extends VBox {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final DraftListViewModel vm;
    private final Messages m = Messages.get();
    private final TextField search = new TextField();
    private final ListView<ArticleSummary> list = new ListView<>();
    private boolean syncing;
    private boolean itemsChanging;

    public DraftListView(DraftListViewModel vm, SiteProfile profile) {
        this.vm = vm;
        getStyleClass().add("draft-list");
        search.setId("search");
        search.setPromptText(m.get("drafts.search.prompt"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                search.clear();
            }
        });

        ComboBox<Status> status = new ComboBox<>();
        List<Status> statuses = new ArrayList<>();
        statuses.add(null);
        statuses.addAll(List.of(Status.values()));
        status.setItems(FXCollections.observableArrayList(statuses));
        status.setId("status-filter");
        status.setCellFactory(l -> statusCell());
        status.setButtonCell(statusCell());
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        status.setMaxWidth(Double.MAX_VALUE);

        ComboBox<String> channel = new ComboBox<>();
        List<String> channels = new ArrayList<>();
        channels.add("");
        channels.addAll(profile.channelNames());
        channel.setItems(FXCollections.observableArrayList(channels));
        channel.setId("channel-filter");
        channel.setCellFactory(l -> channelCell());
        channel.setButtonCell(channelCell());
        channel.valueProperty().bindBidirectional(vm.channelFilterProperty());
        channel.setMaxWidth(Double.MAX_VALUE);

        HBox filters = new HBox(6, status, channel);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox.setHgrow(channel, Priority.ALWAYS);

        list.setId("drafts");
        // while the list changes (a saved draft moves to the top) the list view may select a neighbour
        // of a row it moves; that is not the editor's choice, so it is ignored and the row re-selected
        vm.items().addListener((javafx.collections.ListChangeListener<ArticleSummary>) c -> itemsChanging = true);
        list.setItems(vm.items());
        list.setCellFactory(l -> new DraftCell());
        list.setPlaceholder(new Label(m.get("drafts.empty")));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && !itemsChanging && b != null) {
                vm.selectedIdProperty().set(b.id());
            }
        });
        vm.selectedIdProperty().addListener((o, a, b) -> selectInView(b.longValue()));
        vm.items().addListener((javafx.collections.ListChangeListener<ArticleSummary>) c -> {
            itemsChanging = false;
            selectInView(vm.selectedIdProperty().get());
        });

        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(search, filters, list);
    }

    public TextField searchField() {
        return search;
    }

    public ListView<ArticleSummary> listView() {
        return list;
    }

    private void selectInView(long id) {
        syncing = true;
        try {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).id() == id) {
                    if (list.getSelectionModel().getSelectedIndex() != i) {
                        list.getSelectionModel().select(i);
                    }
                    return;
                }
            }
            list.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    private ListCell<Status> statusCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Status s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? "" : s == null ? m.get("drafts.allStatuses") : m.get("status." + s.code()));
            }
        };
    }

    private ListCell<String> channelCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? "" : s == null || s.isEmpty() ? m.get("drafts.allChannels") : s);
            }
        };
    }

    /** A row: the title, and under it the channel, status and time of the last change. */
    private final class DraftCell extends ListCell<ArticleSummary> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final VBox box = new VBox(2, title, meta);

        DraftCell() {
            title.getStyleClass().add("draft-title");
            meta.getStyleClass().add("draft-meta");
            title.setMaxWidth(Double.MAX_VALUE);
            // rows take the list's width and truncate, rather than widening the list
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ArticleSummary s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            title.setText(s.title().isBlank() ? m.get("drafts.untitled") : s.title());
            String channel = s.channel().isEmpty() ? m.get("drafts.noChannel") : s.channel();
            meta.setText(channel + " · " + m.get("status." + s.status().code())
                    + (s.conflict() ? " · " + m.get("drafts.conflict") : "")
                    + (s.updatedAt() == null ? "" : " · " + WHEN.format(s.updatedAt())));
            meta.getStyleClass().remove("draft-conflict");
            if (s.conflict()) {
                meta.getStyleClass().add("draft-conflict");
            }
            setGraphic(box);
        }
    }
}
