package org.copydesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.support.FxTestSupport.await;
import static org.copydesk.support.FxTestSupport.fx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.text.Text;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.copydesk.app.LaunchOptions;
import org.copydesk.domain.Article;
import org.copydesk.service.Desk;
import org.copydesk.support.AppWindowTest;
import org.copydesk.support.FxTestSupport;
import org.copydesk.support.TestDesk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The window laid out at the widths editors work at, 1280, 1440 and 1920 pixels, and at 1920 under
 * 125% and 150% scale (1536 and 1280 logical pixels): in every state (editing, review mode with each
 * of its tabs, the phone preview) no label or button is cut to "…", no toolbar hides its buttons
 * behind an overflow, no control leaves its column, and neither preview scrolls sideways.
 */
class LayoutWidthsTest extends AppWindowTest {

    @TempDir
    Path dir;

    private static final String[] BODY = {
            "会议强调，要深入学习习近平总书记关于党史学习教育的重要论述。",
            "委员们在学懂弄通上下功夫，截止目前已开展研讨12次。",
    };

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "1440, 900", "1920, 1080", "1536, 864", "1280, 720"})
    void nothingIsCutOrHiddenAtThisSize(int width, int height) throws Exception {
        LaunchOptions options = FxTestSupport.options(dir);
        try (Desk desk = Desk.open(options.database())) {
            Article a = desk.drafts().create(TestDesk.article("外交部国际司强化理论武装践行“两个维护”推动各项工作取得新成效", "要闻", BODY)
                    .toBuilder().keywords(List.of("国际", "党史", "学习教育", "外交")).author("记者 王小明").build());
            desk.drafts().saveRevision(a);
        }
        start(options);
        FxTestSupport.runFx(() -> {
            Stage stage = (Stage) robot.lookup("#main-split").query().getScene().getWindow();
            stage.setWidth(width);
            stage.setHeight(height);
        });
        await("the window at " + width, 10, () -> robot.lookup("#main-split").query().getScene().getWidth() <= width);
        await("the article open", 10, () -> robot.lookup("#title").queryAs(javafx.scene.control.TextInputControl.class).getText().startsWith("外交部"));
        assertLaidOut("editing", width);
        assertPreviewFits("the desktop preview");

        robot.clickOn("#tool-review");
        await("the review panel", 10, () -> robot.lookup("#findings").tryQuery().isPresent());
        for (String tab : List.of("findings", "notes", "workflow", "revisions")) {
            robot.clickOn("#review-tab-" + tab);
            assertLaidOut("review mode, " + tab, width);
        }
        FxTestSupport.snapshotIfAsked(robot.lookup("#main-split").query().getScene(), "window-" + width + "x" + height);
        robot.clickOn("#preview-mobile");
        assertLaidOut("the phone preview", width);
        assertPreviewFits("the phone preview");
    }

    /** The window as laid out now: every problem found, named by the control and its text. */
    private void assertLaidOut(String state, int width) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = fx(() -> {
            Parent root = robot.lookup("#main-split").query().getScene().getRoot();
            root.applyCss();
            root.layout();
            List<String> out = new ArrayList<>();
            SplitPane split = robot.lookup("#main-split").queryAs(SplitPane.class);
            walk(root, n -> {
                if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
                    Node shown = l.lookup(".text");
                    if (shown instanceof Text t && !t.getText().equals(l.getText()) && !l.getText().contains("\n")) {
                        out.add("cut: " + describe(l) + " shows «" + t.getText() + "»");
                    }
                }
                if (n instanceof TextField f && !f.getText().isEmpty() && f.getWidth() > 0) {
                    Text probe = new Text(f.getText());
                    probe.setFont(f.getFont());
                    double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
                    if (probe.getLayoutBounds().getWidth() > room + 1) {
                        out.add("field too narrow for its text: " + describe(f) + " «" + f.getText() + "» needs "
                                + (int) probe.getLayoutBounds().getWidth() + " px, has " + (int) room);
                    }
                }
                if (n instanceof ToolBar bar) {
                    Node more = bar.lookup(".tool-bar-overflow-button");
                    if (more != null && more.isVisible()) {
                        out.add("toolbar overflows: " + describe(bar));
                    }
                }
                if (n instanceof Control c && c.getWidth() > 0) {
                    Node column = columnOf(c, split);
                    if (column != null) {
                        Bounds b = c.localToScene(c.getLayoutBounds());
                        Bounds p = column.localToScene(column.getLayoutBounds());
                        if (b.getMaxX() > p.getMaxX() + 1 || b.getMinX() < p.getMinX() - 1) {
                            out.add("leaves its column: " + describe(c) + " " + (int) b.getMinX() + "–" + (int) b.getMaxX()
                                    + " in " + (int) p.getMinX() + "–" + (int) p.getMaxX());
                        }
                    }
                }
            });
            return out;
        });
        assertThat(problems).as(state + " at " + width + " px").isEmpty();
    }

    /** Neither the page nor its navigation scrolls sideways inside the preview. */
    private void assertPreviewFits(String which) {
        await(which + " loaded", 20, () -> {
            Object ready = robot.lookup("#preview").queryAs(WebView.class).getEngine()
                    .executeScript("document.querySelector('h1.title') ? document.readyState : ''");
            return "complete".equals(ready);
        });
        Object overflow = previewScript("(function(){var d=document.documentElement;var out=[];"
                + "if(d.scrollWidth>d.clientWidth+1)out.push('page '+d.scrollWidth+'>'+d.clientWidth);"
                + "var all=document.querySelectorAll('nav, header, .share, footer');"
                + "for(var i=0;i<all.length;i++){var e=all[i];if(e.scrollWidth>e.clientWidth+1)out.push(e.tagName+'.'+e.className+' '+e.scrollWidth+'>'+e.clientWidth);}"
                + "return out.join('; ');})()");
        assertThat(String.valueOf(overflow)).as(which + " scrolls sideways").isEmpty();
    }

    /** Visits every visible node, skipping list cells (a long title in a list row is cut by design, with its tooltip). */
    private static void walk(Node n, java.util.function.Consumer<Node> visit) {
        if (!n.isVisible() || n instanceof Cell<?> || n instanceof WebView) {
            return;
        }
        visit.accept(n);
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, visit);
            }
        }
    }

    /** The main split's column that holds the node, or null when it is inside something that scrolls. */
    private static Node columnOf(Node n, SplitPane split) {
        Predicate<Node> scrolls = x -> x instanceof ScrollPane || x.getStyleClass().contains("virtual-flow");
        Node child = n;
        for (Node p = n.getParent(); p != null; child = p, p = p.getParent()) {
            if (scrolls.test(p)) {
                return null;
            }
            if (split.getItems().contains(p)) {
                return p;
            }
        }
        return null;
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l ? "「" + l.getText() + "」" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + text;
    }
}
