package org.copydesk.ui.tagger;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.copydesk.domain.ChannelSuggestion;
import org.copydesk.domain.KeywordSuggestion;
import org.copydesk.l10n.Messages;
import org.copydesk.l10n.Wording;
import org.copydesk.ui.fx.HoverTooltip;

/**
 * The tagger panel beside the editor's fields: the suggested channel with a confidence bar and its
 * alternatives (a click accepts one), and suggested keywords as chips (a click adds one).
 */
public final class TaggerView extends VBox {

    private final TaggerViewModel vm;
    private final Messages m = Messages.get();
    // rows wrap at narrow widths instead of cutting the suggestions to "…"
    private final FlowPane channelRow = new FlowPane(6, 4);
    private final FlowPane keywordRow = new FlowPane(4, 4);
    private final java.util.Map<String, Button> chips = new java.util.HashMap<>();
    private final Label keywordsLabel = new Label();

    public TaggerView(TaggerViewModel vm) {
        this.vm = vm;
        getStyleClass().add("tagger");
        setId("tagger");
        setSpacing(4);
        setPadding(new Insets(6, 12, 6, 12));
        Label heading = new Label(m.get("tagger.title"));
        heading.getStyleClass().add("field-label");
        Label message = new Label();
        message.setId("tagger-message");
        message.getStyleClass().add("tagger-message");
        message.textProperty().bind(vm.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        message.setWrapText(true);
        org.copydesk.ui.fx.WholeText.install(message);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox top = new HBox(8, heading, message);
        top.setAlignment(Pos.CENTER_LEFT);
        channelRow.setAlignment(Pos.CENTER_LEFT);
        channelRow.setId("tagger-channel");
        keywordRow.setId("tagger-keywords");
        keywordsLabel.setText(m.get("tagger.keywordsLabel"));
        getChildren().addAll(top, channelRow, keywordRow);
        vm.channelProperty().addListener((o, a, c) -> showChannel(c));
        vm.keywords().addListener((javafx.collections.ListChangeListener<KeywordSuggestion>) c -> showKeywords());
        showChannel(vm.channelProperty().get());
    }

    private void showChannel(ChannelSuggestion c) {
        channelRow.getChildren().clear();
        if (c == null || c.ranked().isEmpty()) {
            return;
        }
        Label label = new Label(m.get(c.unsure() ? "tagger.channelUnsure" : "tagger.channelLabel"));
        channelRow.getChildren().add(label);
        boolean first = true;
        for (ChannelSuggestion.Guess g : c.ranked()) {
            Button b = new Button(g.name() + " " + Math.round(g.confidence() * 100) + "%");
            b.getStyleClass().add(first && !c.unsure() ? "channel-best" : "channel-alternative");
            b.setId("suggest-channel-" + g.name());
            HoverTooltip.install(b, m.get("tagger.accept", g.name()));
            b.setOnAction(e -> vm.acceptChannel(g.name()));
            if (first) {
                ProgressBar bar = new ProgressBar(g.confidence());
                bar.setPrefWidth(70);
                bar.setId("tagger-confidence");
                bar.getStyleClass().add(c.unsure() ? "unsure" : "sure");
                channelRow.getChildren().addAll(b, bar);
            } else {
                channelRow.getChildren().add(b);
            }
            first = false;
        }
    }

    /**
     * Shows the suggested keywords. A word still suggested keeps its chip, so a click that lands as
     * the suggestions refresh is not lost on a chip that was just replaced.
     */
    private void showKeywords() {
        java.util.Map<String, Button> before = new java.util.HashMap<>(chips);
        chips.clear();
        keywordRow.getChildren().clear();
        if (vm.keywords().isEmpty()) {
            return;
        }
        keywordRow.getChildren().add(keywordsLabel);
        for (KeywordSuggestion k : vm.keywords()) {
            Button chip = before.containsKey(k.word()) ? before.get(k.word()) : newChip(k.word());
            HoverTooltip.install(chip, Wording.keywordReason(k));
            chip.setOnAction(e -> vm.acceptKeyword(k));
            chips.put(k.word(), chip);
            keywordRow.getChildren().add(chip);
        }
    }

    private static Button newChip(String word) {
        Button chip = new Button("+ " + word);
        chip.getStyleClass().add("suggested-chip");
        chip.setId("suggest-keyword-" + word);
        return chip;
    }
}
