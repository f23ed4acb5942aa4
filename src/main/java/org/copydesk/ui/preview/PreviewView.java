package org.copydesk.ui.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.copydesk.l10n.Messages;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.events.Event;
import org.w3c.dom.events.EventListener;
import org.w3c.dom.events.EventTarget;

/**
 * The preview pane: the exported page in a WebView with page scripts off, at desktop or phone width.
 * A refresh of the same article replaces the page's body in place, so the reader's scroll position
 * stays where it was; links do not navigate away: a link to another article opens that article.
 */
public final class PreviewView extends BorderPane {

    /** The width of a common phone's viewport, in CSS pixels. */
    public static final double MOBILE_WIDTH = 390;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ARTICLE_LINK = Pattern.compile("(?:^|/)(\\d+)\\.html$");

    private final WebView web = new WebView();
    private final WebEngine engine = web.getEngine();
    private final PreviewViewModel vm;
    private final Label message = new Label();
    private LongConsumer onOpenArticle = id -> { };
    private FindingClick onFinding = (findings, x, y) -> { };
    private PreviewViewModel.Page current;
    private PreviewViewModel.Page swapAfterLoad;
    private String loadedUrl;
    private double restoreScroll;
    private long shownSequence = -1;
    // held so the DOM keeps calling it: the bridge only keeps a weak reference
    private final EventListener clicks = this::onClick;

    public PreviewView(PreviewViewModel vm) {
        this.vm = vm;
        getStyleClass().add("preview");
        engine.setJavaScriptEnabled(false);
        web.setContextMenuEnabled(false);
        web.setId("preview");
        // Tab passes over the preview (a page of links) from the body to the review panel; a click still focuses it
        web.setFocusTraversable(false);

        Messages m = Messages.get();
        ToggleGroup widths = new ToggleGroup();
        ToggleButton desktop = new ToggleButton(m.get("preview.desktop"));
        ToggleButton phone = new ToggleButton(m.get("preview.mobile"));
        desktop.setId("preview-desktop");
        phone.setId("preview-mobile");
        desktop.setToggleGroup(widths);
        phone.setToggleGroup(widths);
        (vm.mobileProperty().get() ? phone : desktop).setSelected(true);
        widths.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                vm.mobileProperty().set(b == phone);
            }
        });
        Label heading = new Label(m.get("preview.title"));
        heading.getStyleClass().add("pane-heading");
        message.getStyleClass().add("preview-message");
        message.textProperty().bind(vm.messageProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        desktop.setMinWidth(Region.USE_PREF_SIZE);
        phone.setMinWidth(Region.USE_PREF_SIZE);
        heading.setMinWidth(Region.USE_PREF_SIZE);
        message.setMinWidth(0);
        HBox bar = new HBox(6, heading, message, spacer, desktop, phone);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("preview-bar");

        StackPane frame = new StackPane(web);
        frame.getStyleClass().add("preview-frame");
        StackPane.setAlignment(web, Pos.TOP_CENTER);
        vm.mobileProperty().addListener((o, a, b) -> applyWidth(b));
        applyWidth(vm.mobileProperty().get());

        setTop(bar);
        setCenter(frame);

        engine.getLoadWorker().stateProperty().addListener((o, a, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                ((EventTarget) engine.getDocument()).addEventListener("click", clicks, true);
                if (swapAfterLoad != null) {
                    // the file is the clean page: the review copy goes in once it has loaded
                    swap(swapAfterLoad);
                    swapAfterLoad = null;
                }
                if (!found.isEmpty()) {
                    markFound();
                }
                if (restoreScroll > 0) {
                    engine.executeScript("window.scrollTo(0, " + restoreScroll + ")");
                }
            }
        });
        vm.pageProperty().addListener((o, a, page) -> show(page));
    }

    public WebView webView() {
        return web;
    }

    /** Called with an article id when a link in the preview points at another article. */
    public void setOnOpenArticle(LongConsumer onOpenArticle) {
        this.onOpenArticle = onOpenArticle;
    }

    /** The sequence number of the render on screen (tests wait for it). */
    public long shownSequence() {
        return shownSequence;
    }

    private void applyWidth(boolean mobile) {
        web.setMaxWidth(mobile ? MOBILE_WIDTH : Double.MAX_VALUE);
        web.setPrefWidth(mobile ? MOBILE_WIDTH : Region.USE_COMPUTED_SIZE);
    }

    private void show(PreviewViewModel.Page page) {
        if (page == null) {
            return;
        }
        current = page;
        boolean loaded = engine.getLoadWorker().getState() == Worker.State.SUCCEEDED && engine.getDocument() != null;
        if (loaded && page.url().equals(loadedUrl)) {
            // same page: swap the body in place; the viewport keeps its scroll position
            swap(page);
        } else {
            restoreScroll = 0;
            loadedUrl = page.url();
            swapAfterLoad = page.decorated() ? page : null;
            engine.load(page.url());
        }
        shownSequence = page.sequence();
    }

    private void swap(PreviewViewModel.Page page) {
        engine.executeScript("document.body.innerHTML = " + quote(page.bodyInnerHtml())
                + "; document.title = " + quote(page.title()) + ";");
        if (!found.isEmpty()) {
            markFound();
        }
    }

    /** The article body's element in the site's page. */
    private static final String BODY = ".body";
    private java.util.List<int[]> found = java.util.List.of();
    private int foundCurrent = -1;

    /** Marks the matches of a search in the page's body ([paragraph, start, end]), kept across re-renders until cleared. */
    public void markFound(java.util.List<int[]> ranges, int current) {
        found = java.util.List.copyOf(ranges);
        foundCurrent = current;
        markFound();
    }

    private void markFound() {
        if (engine.getLoadWorker().getState() == Worker.State.SUCCEEDED && engine.getDocument() != null) {
            org.copydesk.ui.fx.FindMarks.mark(engine, BODY, found, foundCurrent);
        }
    }

    /** Called when a finding's mark is clicked, with the findings it stands for and where on screen. */
    @FunctionalInterface
    public interface FindingClick {
        void clicked(java.util.List<org.copydesk.domain.Finding> findings, double screenX, double screenY);
    }

    public void setOnFinding(FindingClick onFinding) {
        this.onFinding = onFinding;
    }

    /**
     * Scrolls to a finding's mark and outlines it; false when the page on screen does not mark it
     * (review mode off, or the page is older than the finding).
     */
    public boolean reveal(org.copydesk.domain.Finding f) {
        if (current == null || engine.getDocument() == null) {
            return false;
        }
        int index = current.findings().indexOf(f);
        if (index < 0) {
            return false;
        }
        Object found = engine.executeScript("(function(i){"
                + "var old=document.querySelectorAll('.cd-current');for(var k=0;k<old.length;k++)old[k].classList.remove('cd-current');"
                + "var all=document.querySelectorAll('[data-finding]');var first=null;"
                + "for(var k=0;k<all.length;k++){if((' '+all[k].getAttribute('data-finding')+' ').indexOf(' '+i+' ')>=0)"
                + "{all[k].classList.add('cd-current');if(!first)first=all[k];}}"
                + "if(first){first.scrollIntoView({block:'center'});return true;}return false;})(" + index + ")");
        return Boolean.TRUE.equals(found);
    }

    private void onClick(Event evt) {
        Node mark = (Node) evt.getTarget();
        while (mark != null && !(mark instanceof Element e && e.hasAttribute("data-finding"))) {
            mark = mark.getParentNode();
        }
        if (mark != null && current != null) {
            evt.preventDefault();
            java.util.List<org.copydesk.domain.Finding> found = new java.util.ArrayList<>();
            for (String i : ((Element) mark).getAttribute("data-finding").split(" ")) {
                int index = Integer.parseInt(i);
                if (index < current.findings().size()) {
                    found.add(current.findings().get(index));
                }
            }
            if (!found.isEmpty() && evt instanceof org.w3c.dom.events.MouseEvent me) {
                javafx.geometry.Point2D at = web.localToScreen(me.getClientX(), me.getClientY());
                onFinding.clicked(found, at == null ? 0 : at.getX(), at == null ? 0 : at.getY());
            }
            return;
        }
        Node n = (Node) evt.getTarget();
        while (n != null && !(n instanceof Element e && "A".equalsIgnoreCase(e.getTagName()))) {
            n = n.getParentNode();
        }
        if (n == null) {
            return;
        }
        evt.preventDefault();
        String href = ((Element) n).getAttribute("href");
        if (href == null) {
            return;
        }
        Matcher matcher = ARTICLE_LINK.matcher(href);
        if (matcher.find()) {
            onOpenArticle.accept(Long.parseLong(matcher.group(1)));
        }
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
