package org.copydesk.ui.shell;

import org.copydesk.service.Desk;
import org.copydesk.support.FxTestSupport;
import org.copydesk.support.AppWindowTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.support.FxTestSupport.await;
import static org.copydesk.support.FxTestSupport.fx;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.web.WebView;
import org.copydesk.app.LaunchOptions;
import org.copydesk.domain.ArticleSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window, headless: type, watch the preview, autosave, restart, find the text again. */
class WindowTest extends AppWindowTest {

    @TempDir
    Path dir;

    private String saveState() {
        return fx(() -> robot.lookup("#save-state").queryAs(Label.class).getText());
    }

    @Test
    void aNewDeskOpensWithTheSampleArticleInEditorAndPreview() throws Exception {
        start(FxTestSupport.options(dir));
        String title = fx(() -> robot.lookup("#title").queryAs(javafx.scene.control.TextInputControl.class).getText());
        assertThat(title).contains("加装电梯");
        // the title has the focus but nothing selected: one stray key must not replace the headline
        await("the title the focus owner", 10, () -> {
            javafx.scene.control.TextInputControl t = robot.lookup("#title").queryAs(javafx.scene.control.TextInputControl.class);
            return t.getScene().getFocusOwner() == t;
        });
        await("nothing of it selected", 10, () -> robot.lookup("#title").queryAs(javafx.scene.control.TextInputControl.class).getSelection().getLength() == 0);
        assertThat(fx(() -> robot.lookup("#title").queryAs(javafx.scene.control.TextInputControl.class).getCaretPosition())).isEqualTo(title.length());
        await("the preview shows the sample", 20, () -> previewText("h1.title").equals(title));
        // who is signing is in the status bar: the name kept in the settings
        assertThat(fx(() -> robot.lookup("#signer").queryAs(Label.class).getText())).isEqualTo("审校人：测试编辑");
        assertThat(previewText(".breadcrumb")).isEqualTo("首页>要闻");
        assertThat(previewText(".keywords")).startsWith("关键词:");
        // emphasis shows in Chinese text: not italic (CJK fonts have none) but underlined with dots
        Object em = previewScript("(function(){var e=document.createElement('em');e.textContent='强调';"
                + "document.querySelector('.body').appendChild(e);var s=getComputedStyle(e);"
                + "return s.fontStyle+'|'+(s.textDecorationLine||s.textDecoration)+'|'+(s.textDecorationStyle||s.webkitTextDecorationStyle);})()");
        assertThat(String.valueOf(em)).startsWith("normal|underline").contains("dotted");
        List<ArticleSummary> items = fx(() -> List.copyOf(robot.lookup("#drafts").<ArticleSummary>queryListView().getItems()));
        assertThat(items).hasSize(1);
    }

    @Test
    void typedTextReachesThePreviewIsSavedAndSurvivesARestart() throws Exception {
        LaunchOptions options = FxTestSupport.options(dir);
        start(options);
        robot.clickOn("#tool-new");
        await("a new empty draft", 10, () -> robot.lookup("#title").queryAs(javafx.scene.control.TextInputControl.class).getText().isEmpty()
                && fx(() -> robot.lookup("#drafts").queryListView().getItems().size()) == 2);

        robot.clickOn("#title").write("图书馆延长夜间开放时间");
        robot.clickOn("#body-editor").write("阅览室里坐满了复习的学生。");

        await("the preview shows the title", 10, () -> previewText("h1.title").equals("图书馆延长夜间开放时间"));
        await("the preview shows the body", 10, () -> previewText(".body").contains("阅览室里坐满了复习的学生。"));
        // the keyboard makes the paragraph a 二级标题 and back, from inside the body editor
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT2)
                .release(javafx.scene.input.KeyCode.DIGIT2, javafx.scene.input.KeyCode.CONTROL);
        await("a heading", 10, () -> previewText(".body h2").equals("阅览室里坐满了复习的学生。"));
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT0)
                .release(javafx.scene.input.KeyCode.DIGIT0, javafx.scene.input.KeyCode.CONTROL);
        await("a paragraph again", 10, () -> previewText(".body h2").isEmpty() && previewText(".body p").contains("阅览室里"));
        await("autosave", 10, () -> saveState().startsWith("已保存"));

        stop();
        try (Desk desk = Desk.open(options.database())) {
            assertThat(desk.drafts().list(org.copydesk.domain.ArticleQuery.all().withSearch("阅览室里"))).singleElement()
                    .satisfies(s -> assertThat(s.title()).isEqualTo("图书馆延长夜间开放时间"));
        }

        start(options);
        await("the draft reopens", 10, () -> robot.lookup("#title").queryAs(javafx.scene.control.TextInputControl.class).getText().equals("图书馆延长夜间开放时间"));
        await("its body reopens", 20, () -> previewText(".body").contains("阅览室里坐满了复习的学生。"));
    }

    @Test
    void helpListsTheShortcutsFromTheMenus() throws Exception {
        start(FxTestSupport.options(dir));
        robot.press(javafx.scene.input.KeyCode.F1).release(javafx.scene.input.KeyCode.F1);
        await("the shortcuts", 10, () -> robot.lookup("#shortcuts").tryQuery().isPresent());
        String list = fx(() -> robot.lookup("#shortcuts").queryAs(javafx.scene.control.TextArea.class).getText());
        FxTestSupport.snapshotIfAsked(fx(() -> robot.lookup("#shortcuts").query().getScene()), "shortcuts");
        assertThat(list).contains("二级标题", "三级标题", "插入链接", "保存", "导出", "审校", "手机");
        assertThat(list.lines()).allSatisfy(l -> assertThat(l).contains("\t"));
        FxTestSupport.runFx(() -> ((javafx.stage.Stage) robot.lookup("#shortcuts").query().getScene().getWindow()).close());
    }

    @Test
    void searchNarrowsTheListAndSelectingOpensTheDraft() throws Exception {
        LaunchOptions options = FxTestSupport.options(dir);
        try (Desk desk = Desk.open(options.database())) {
            desk.drafts().create(org.copydesk.support.TestDesk.article("外交部国际司强化理论武装", "要闻", "践行两个维护"));
            desk.drafts().create(org.copydesk.support.TestDesk.article("法治社会建设", "法治", "依法治国"));
        }
        start(options);
        robot.clickOn("#search").write("国际司");
        await("the search result", 10, () -> robot.lookup("#drafts").queryListView().getItems().size() == 1);
        robot.clickOn(robot.lookup("#drafts .list-cell").nth(0).<javafx.scene.Node>query());
        await("the draft opens", 10, () -> robot.lookup("#title").queryAs(javafx.scene.control.TextInputControl.class).getText().equals("外交部国际司强化理论武装"));
        await("the preview follows", 20, () -> previewText("h1.title").equals("外交部国际司强化理论武装"));
    }

    @Test
    void thePreviewKeepsItsScrollPositionAcrossRefreshes() throws Exception {
        LaunchOptions options = FxTestSupport.options(dir);
        try (Desk desk = Desk.open(options.database())) {
            String[] paragraphs = new String[60];
            java.util.Arrays.fill(paragraphs, "政协委员围绕老旧小区改造建言献策，协商议事的做法在社区落地生根。");
            desk.drafts().create(org.copydesk.support.TestDesk.article("长稿", "要闻", paragraphs));
        }
        start(options);
        await("the long article in the preview", 20, () -> previewText("h1.title").equals("长稿"));
        FxTestSupport.runFx(() -> robot.lookup("#preview").queryAs(WebView.class).getEngine().executeScript("window.scrollTo(0, 900)"));
        double before = fx(() -> ((Number) robot.lookup("#preview").queryAs(WebView.class).getEngine().executeScript("window.scrollY")).doubleValue());
        assertThat(before).isGreaterThan(800);
        robot.clickOn("#source").write("（更新）");
        await("the preview refreshed", 10, () -> previewText(".dateline").contains("（更新）"));
        double after = fx(() -> ((Number) robot.lookup("#preview").queryAs(WebView.class).getEngine().executeScript("window.scrollY")).doubleValue());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void deletingAsksAndCanBeUndone() throws Exception {
        start(FxTestSupport.options(dir));
        robot.clickOn("#tool-delete");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(b -> ((javafx.scene.control.Button) b).isDefaultButton()).<javafx.scene.Node>query());
        await("the list is empty", 10, () -> robot.lookup("#drafts").queryListView().getItems().isEmpty());
        robot.clickOn("#undo-delete");
        await("the article is back", 10, () -> robot.lookup("#drafts").queryListView().getItems().size() == 1);
        ListView<?> list = robot.lookup("#drafts").queryListView();
        assertThat(fx(() -> list.getSelectionModel().getSelectedIndex())).isZero();
    }

    @Test
    void thePreviewLoadsNothingRemoteAndRunsNoScript() throws Exception {
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            int port = server.getAddress().getPort();
            LaunchOptions options = FxTestSupport.options(dir);
            try (Desk desk = Desk.open(options.database())) {
                desk.drafts().create(org.copydesk.support.TestDesk.article("远程资源", "要闻", "正文").toBuilder()
                        .bodyHtml("<p>正文<img src=\"http://127.0.0.1:" + port + "/pixel.png\"></p>"
                                + "<p><a href=\"http://127.0.0.1:" + port + "/page\">链接</a></p>").build());
            }
            start(options);
            await("the article in the preview", 20, () -> previewText("h1.title").equals("远程资源"));
            assertThat(fx(() -> robot.lookup("#preview").queryAs(WebView.class).getEngine().isJavaScriptEnabled())).isFalse();
            // the page, and whatever it would fetch, has finished loading
            await("the page loaded", 20, () -> "complete".equals(previewScript("document.readyState")));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertThat(requests.get()).as("requests to the remote server").isZero();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void thePreviewHasAPhoneWidth() throws Exception {
        start(FxTestSupport.options(dir));
        double desktop = fx(() -> robot.lookup("#preview").queryAs(WebView.class).getWidth());
        robot.clickOn("#preview-mobile");
        await("the phone width", 5, () -> robot.lookup("#preview").queryAs(WebView.class).getWidth() == 390);
        assertThat(desktop).isGreaterThan(390);
        robot.clickOn("#preview-desktop");
        await("the desktop width", 5, () -> robot.lookup("#preview").queryAs(WebView.class).getWidth() > 390);
    }

    @Test
    void pastingIntoTheBodyGoesThroughTheSanitizerAndTheCleaning() throws Exception {
        start(FxTestSupport.options(dir));
        robot.clickOn("#tool-new");
        await("a new empty draft", 10, () -> robot.lookup("#title").queryAs(javafx.scene.control.TextInputControl.class).getText().isEmpty());
        robot.clickOn("#title").write("粘贴测试");
        FxTestSupport.runFx(() -> {
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putHtml("<div style=\"color:red\"><b>協(xié)商</b>會開得好,大家都滿意.<script>document.title='x'</script></div>");
            c.putString("協商會開得好");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        robot.clickOn("#body-editor");
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.V)
                .release(javafx.scene.input.KeyCode.V).release(javafx.scene.input.KeyCode.CONTROL);
        await("the cleaned paste in the preview", 15, () -> previewText(".body").contains("协商会开得好，大家都满意。"));
        String html = fx(() -> robot.lookup("#preview").queryAs(WebView.class).getEngine()
                .executeScript("document.querySelector('.body').innerHTML").toString());
        assertThat(html).contains("<strong>协商</strong>").doesNotContain("style", "script", "color");
    }

    @Test
    void theTaggerPanelSuggestsAndAClickAcceptsAKeywordAndAChannel() throws Exception {
        start(FxTestSupport.options(dir));
        await("suggestions for the sample", 30, () -> robot.lookup("#tagger-keywords .button").tryQuery().isPresent()
                && robot.lookup("#tagger-channel .button").tryQuery().isPresent());
        javafx.scene.control.Button chip = fx(() -> robot.lookup("#tagger-keywords .button").<javafx.scene.control.Button>queryAll()
                .iterator().next());
        String word = fx(() -> chip.getText().substring(2));
        // the suggestions may be refreshed (new chips) between finding a chip and clicking it: a click
        // on a chip that has just left the panel is clicked again on the chip that replaced it
        java.util.concurrent.Callable<Boolean> accepted = () -> robot.lookup(".chip .label").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.Label) n).getText().equals(word));
        for (int attempt = 0; attempt < 3 && !fx(accepted); attempt++) {
            robot.lookup("#suggest-keyword-" + word).<javafx.scene.Node>tryQuery().ifPresent(robot::clickOn);
            try {
                await("the keyword accepted", 4, accepted);
            } catch (AssertionError notYet) {
                // clicked a chip that was being replaced; click the current one
            }
        }
        await("the keyword accepted", 10, accepted);
        javafx.scene.control.Button channel = fx(() -> robot.lookup("#tagger-channel .button").<javafx.scene.control.Button>queryAll()
                .stream().reduce((a, b) -> b).orElseThrow());
        String name = fx(() -> channel.getText().replaceAll(" \\d+%$", ""));
        robot.clickOn(channel);
        await("the channel accepted", 10, () -> name.equals(robot.lookup("#channel").<javafx.scene.control.ComboBox<String>>query().getValue()));
    }
}
