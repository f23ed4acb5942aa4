package org.copydesk.ui.review;

import org.copydesk.service.Desk;
import org.copydesk.support.FxTestSupport;
import org.copydesk.support.AppWindowTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.support.FxTestSupport.await;
import static org.copydesk.support.FxTestSupport.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.web.WebView;
import org.copydesk.app.LaunchOptions;
import org.copydesk.domain.Article;
import org.copydesk.domain.Finding;
import org.copydesk.domain.Note;
import org.copydesk.domain.Revision;
import org.copydesk.domain.Status;
import org.copydesk.support.TestDesk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review in the window, headless: marks on the preview, jump and fix, notes, sign-off, compare, restore. */
class ReviewWindowTest extends AppWindowTest {

    @TempDir
    Path dir;

    private static final String[] BODY = {
        "会议强调，要深入学习习进平总书记关于党史学习教育的重要论述。",
        "委员们在在学懂弄通上下功夫，截止目前已开展研讨12次。",
        "会议由司长主持。"};

    private Article seed(LaunchOptions options) {
        try (Desk desk = Desk.open(options.database())) {
            Article a = desk.drafts().create(TestDesk.article("国际司召开党史学习教育动员会", "要闻", BODY).toBuilder()
                    .keywords(List.of("国际", "党史", "学习教育")).build());
            return desk.drafts().saveRevision(a);
        }
    }

    private String preview(String selector) {
        Object v = previewScript("(function(){var e=document.querySelectorAll('" + selector + "');var t=[];"
                + "for(var i=0;i<e.length;i++)t.push(e[i].textContent);return t.join('|');})()");
        return v == null ? "" : v.toString();
    }

    private List<Finding> findings() {
        return fx(() -> {
            TreeView<Object> tree = robot.lookup("#findings").query();
            return tree.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                    .map(i -> (Finding) i.getValue()).toList();
        });
    }

    private void select(Finding f) {
        FxTestSupport.runFx(() -> {
            TreeView<Object> tree = robot.lookup("#findings").query();
            TreeItem<Object> item = tree.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                    .filter(i -> f.equals(i.getValue())).findFirst().orElseThrow();
            tree.getSelectionModel().select(item);
        });
    }

    private void openReview(Article a) {
        await("the article open", 10, () -> robot.lookup("#title").queryAs(javafx.scene.control.TextInputControl.class).getText().equals(a.title()));
        robot.clickOn("#tool-review");
        await("the review panel", 10, () -> robot.lookup("#findings").tryQuery().isPresent());
    }

    @Test
    void findingsAreMarkedOnThePreviewAndAFixInTheListChangesTheBody() throws Exception {
        LaunchOptions options = FxTestSupport.options(dir);
        Article a = seed(options);
        start(options);
        openReview(a);
        await("the findings", 20, () -> findings().stream().anyMatch(f -> f.rule().equals("protected-name")));
        await("marks on the preview", 20, () -> preview("mark.cd-finding").contains("习进平"));
        assertThat(preview("mark.cd-error")).isEqualTo("习进平");
        assertThat(preview("mark.cd-warning")).contains("在在").contains("截止");
        assertThat(preview(".cd-review .cd-count")).contains("错误 1");

        // the list jumps to the place: the words are selected in the body editor and outlined on the preview
        Finding name = findings().stream().filter(f -> f.rule().equals("protected-name")).findFirst().orElseThrow();
        select(name);
        await("the words selected in the editor", 10, () -> "习进平".equals(robot.lookup("#body-editor").queryAs(WebView.class)
                .getEngine().executeScript("window.getSelection().toString()")));
        await("the mark outlined", 10, () -> preview("mark.cd-current").equals("习进平"));

        robot.clickOn("#finding-fix");
        await("the fix in the preview", 20, () -> preview(".body").contains("习近平总书记"));
        await("the finding gone", 20, () -> findings().stream().noneMatch(f -> f.rule().equals("protected-name")));

        // the marks are the preview's only: the page on disk is the clean page
        String onDisk = Files.readString(dir.resolve("preview/articles/" + a.id() + ".html"));
        assertThat(onDisk).contains("习近平总书记").doesNotContain("cd-finding", "cd-review", "review.css");
    }

    @Test
    void aMisspeltNameAddedToTheDesksDictionaryIsNotFlaggedAgain() throws Exception {
        LaunchOptions options = FxTestSupport.options(dir);
        Article a;
        try (Desk desk = Desk.open(options.database())) {
            a = desk.drafts().create(TestDesk.article("本市推进生态建设", "要闻", "今年，本市要切实保护生态环镜。", "会议由司长主持。")
                    .toBuilder().keywords(List.of("生态", "环保", "建设")).build());
        }
        start(options);
        openReview(a);
        await("the misspelling", 20, () -> findings().stream().anyMatch(f -> f.rule().equals("misspelling")));
        await("its mark on the preview", 20, () -> preview("mark.cd-finding").contains("环镜"));
        FxTestSupport.snapshotIfAsked(fx(() -> robot.lookup("#findings").query().getScene()), "review-misspelling");
        Finding f = findings().stream().filter(x -> x.rule().equals("misspelling")).findFirst().orElseThrow();
        assertThat(f.suggestion()).isEqualTo("环境");
        // the row's tooltip names the rule in words and holds the whole message; never the rule's id
        String tip = fx(() -> robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
                .filter(c -> f.equals(c.getItem()) && c.getTooltip() != null).findFirst().orElseThrow().getTooltip().getText());
        assertThat(tip).contains("错别字").contains(f.message()).doesNotContain("misspelling");
        assertThat(robot.lookup("#finding-dictionary").queryAs(Button.class).isVisible()).as("only for a misspelling").isFalse();
        select(f);
        await("the offer", 10, () -> robot.lookup("#finding-dictionary").queryAs(Button.class).isVisible());
        robot.clickOn("#finding-dictionary");
        await("not flagged any more", 20, () -> findings().stream().noneMatch(x -> x.rule().equals("misspelling")));
        await("its mark gone", 20, () -> !preview("mark.cd-finding").contains("环镜"));
    }

    @Test
    void aDismissedFindingStaysAwayAndANoteAppearsBesideItsParagraph() throws Exception {
        LaunchOptions options = FxTestSupport.options(dir);
        Article a = seed(options);
        start(options);
        openReview(a);
        await("the findings", 20, () -> findings().stream().anyMatch(f -> f.rule().equals("repeated-word")));
        Finding repeated = findings().stream().filter(f -> f.rule().equals("repeated-word")).findFirst().orElseThrow();
        select(repeated);
        robot.clickOn("#finding-dismiss");
        await("dismissed", 10, () -> findings().stream().noneMatch(f -> f.rule().equals("repeated-word")));
        await("the restore offer", 10, () -> robot.lookup("#finding-undismiss").queryAs(Button.class).isVisible());
        await("its mark gone", 20, () -> !preview("mark.cd-finding").contains("在在"));

        robot.clickOn("#review-tab-notes");
        FxTestSupport.runFx(() -> robot.lookup("#note-paragraph").<javafx.scene.control.ComboBox<Integer>>query().setValue(1));
        robot.clickOn("#note-anchor").write("研讨12次");
        FxTestSupport.runFx(() -> robot.lookup("#note-body").queryAs(TextArea.class).setText("次数请与会议记录核对"));
        robot.clickOn("#note-add");
        await("the note listed", 10, () -> robot.lookup("#notes").queryAs(ListView.class).getItems().size() == 1);
        // the keyboard stays on the note form, ready for the next note
        assertThat(fx(() -> robot.lookup("#note-body").query().getScene().getFocusOwner().getId())).isEqualTo("note-body");
        await("the note beside the second paragraph", 20, () -> preview("aside.cd-note").contains("次数请与会议记录核对"));
        Object next = previewScript("document.querySelector('aside.cd-note').nextElementSibling.textContent");
        assertThat(String.valueOf(next)).contains("委员们");

        ListView<Note> notes = robot.lookup("#notes").queryAs(ListView.class);
        FxTestSupport.runFx(() -> notes.getSelectionModel().select(0));
        robot.clickOn("#note-resolve");
        await("resolved", 10, () -> !notes.getItems().get(0).open());
        await("shown resolved", 20, () -> !preview("aside.cd-resolved").isEmpty());
    }

    @Test
    void aProofreaderSignsOffARoundAndApprovesAndTheStatusFollows() throws Exception {
        LaunchOptions options = FxTestSupport.options(dir);
        Article a = seed(options);
        start(options);
        openReview(a);
        robot.clickOn("#review-tab-workflow");
        FxTestSupport.runFx(() -> robot.lookup("#reviewer").queryAs(TextField.class).clear());
        robot.clickOn("#reviewer").write("校对甲");
        robot.clickOn("#review-submit");
        await("in review", 10, () -> robot.lookup("#status").queryAs(Label.class).getText().equals("审核中"));
        // a round that must wait is disabled with the reason beside it; the first of each kind is open
        await("the rounds", 10, () -> robot.lookup("#round-review_3").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup("#round-review_3").queryAs(Button.class).isDisabled())).isTrue();
        assertThat(fx(() -> robot.lookup("#round-review_3-waits").queryAs(Label.class).getText())).isEqualTo("先签初审");
        assertThat(fx(() -> robot.lookup("#round-review_1").queryAs(Button.class).isDisabled())).isFalse();
        assertThat(fx(() -> robot.lookup("#round-proof_1").queryAs(Button.class).isDisabled())).isFalse();
        // where the row sits in the list of rounds (the panel itself may move as the window lays out)
        java.util.concurrent.Callable<Double> rowInRounds = () -> robot.lookup("#round-review_2").queryAs(Button.class).localToScene(0, 0).getY()
                - robot.lookup("#rounds").query().localToScene(0, 0).getY();
        // 复审 is the second row: laid out, it sits below the first
        await("the rounds laid out", 5, () -> fx(rowInRounds) > 0);
        double rowY = fx(rowInRounds);
        robot.clickOn("#round-review_1");
        robot.clickOn("#sign-off-comment").write("同意");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(b -> ((Button) b).isDefaultButton()).<Node>query());
        await("signed", 10, () -> robot.lookup("#round-review_1-signed").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup("#round-review_1-signed").queryAs(Label.class).getText())).startsWith("校对甲");
        // 复审 is not for the person who signed 初审: disabled, with the reason beside it
        await("复审 waits for another person", 10, () -> robot.lookup("#round-review_2-waits").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup("#round-review_2").queryAs(Button.class).isDisabled())).isTrue();
        assertThat(fx(() -> robot.lookup("#round-review_2-waits").queryAs(Label.class).getText())).isEqualTo("你已签初审，须另一人签");
        // approval waits for the rounds still unsigned, said beside the button before any click
        assertThat(fx(() -> robot.lookup("#review-approve").queryAs(Button.class).isDisabled())).isTrue();
        assertThat(fx(() -> robot.lookup("#review-approve-why").queryAs(Label.class).getText()))
                .isEqualTo("还不能审核通过：复审、终审、一校、二校、三校未签");
        // another reviewer finds it open, where it was: the rows did not shrink
        setReviewer("主任");
        await("复审 open", 10, () -> !robot.lookup("#round-review_2").queryAs(Button.class).isDisabled());
        // (the rows are made again when the reviewer changes: measured once the window has laid them out)
        await("the row where it was", 5, () -> fx(rowInRounds) == rowY);
        FxTestSupport.snapshotIfAsked(fx(() -> robot.lookup("#rounds").query().getScene()), "workflow-rounds");
        signRound("review_2");
        setReviewer("总编");
        for (String r : List.of("review_3", "proof_1", "proof_2", "proof_3")) {
            signRound(r);
        }
        await("approval open", 10, () -> !robot.lookup("#review-approve").queryAs(Button.class).isDisabled());
        assertThat(fx(() -> robot.lookup("#review-approve-why").queryAs(Label.class).isVisible())).isFalse();
        robot.clickOn("#review-approve");
        await("approved", 10, () -> robot.lookup("#status").queryAs(Label.class).getText().equals("已通过"));
        // the gate still holds: the article has an error
        await("the gate names the error", 10, () -> robot.lookup("#review-gate").queryAs(Label.class).getText().contains("错误"));
        // the whole refusal can always be read: the label wraps, and its tooltip holds all of it
        assertThat(fx(() -> {
            Label gate = robot.lookup("#review-gate").queryAs(Label.class);
            return gate.getTooltip() == null ? "" : gate.getTooltip().getText();
        })).isEqualTo(fx(() -> robot.lookup("#review-gate").queryAs(Label.class).getText()));
        // and copied whole from its right-click menu
        FxTestSupport.runFx(() -> robot.lookup("#review-gate").queryAs(Label.class).getContextMenu().getItems().get(0).fire());
        assertThat(fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()))
                .isEqualTo(fx(() -> robot.lookup("#review-gate").queryAs(Label.class).getText()));
        try (Desk desk = Desk.open(options.database(), false, (java.nio.file.Path) null, Desk.Access.READ_WRITE_OR_READ_ONLY)) {
            assertThat(desk.drafts().get(a.id()).status()).isEqualTo(Status.APPROVED);
        }
    }

    private void setReviewer(String name) {
        FxTestSupport.runFx(() -> robot.lookup("#reviewer").queryAs(TextField.class).setText(name));
    }

    /** Signs a round in the window as the reviewer named in the panel, with no comment. */
    private void signRound(String code) {
        await(code + " open", 10, () -> !robot.lookup("#round-" + code).queryAs(Button.class).isDisabled());
        robot.clickOn("#round-" + code);
        robot.clickOn(robot.lookup(".dialog-pane .button").match(b -> ((Button) b).isDefaultButton()).<Node>query());
        await(code + " signed", 10, () -> robot.lookup("#round-" + code + "-signed").tryQuery().isPresent());
        // the keyboard stays in the workflow (the next round or 审核通过), not in the draft search box
        await("the focus in the workflow after " + code, 10, () -> {
            Node owner = robot.lookup("#rounds").query().getScene().getFocusOwner();
            return owner instanceof Button b && (b.getId().startsWith("round-") || b.getId().equals("review-approve"));
        });
    }

    @Test
    void aRemoteImageIsDownloadedIntoTheArticleOrTakenOutFromItsFinding() throws Exception {
        byte[] png = TestDesk.png();
        try (org.copydesk.support.PictureServer site = new org.copydesk.support.PictureServer()) {
            String kept = site.url("/pic.png");
            String dropped = site.url("/other.png");
            LaunchOptions options = FxTestSupport.options(dir);
            Article a;
            try (Desk desk = Desk.open(options.database())) {
                a = desk.drafts().create(TestDesk.article("国际司召开党史学习教育动员会", "要闻", BODY).toBuilder()
                        .bodyHtml("<p>" + BODY[0] + "</p><figure><img src=\"" + kept + "\" alt=\"\"></figure>"
                                + "<figure><img src=\"" + dropped + "\" alt=\"\"></figure>").build());
            }
            start(options);
            openReview(a);
            await("both remote images found", 20, () -> findings().stream().filter(f -> f.rule().equals("remote-image")).count() == 2);
            ReviewPanel panel = robot.lookup("#review").queryAs(ReviewPanel.class);
            java.util.function.BiConsumer<String, String> choose = (src, item) -> FxTestSupport.runFx(() -> {
                Finding f = findings().stream().filter(x -> x.rule().equals("remote-image") && x.text().equals(src)).findFirst().orElseThrow();
                panel.menuFor(List.of(f)).getItems().stream().filter(i -> item.equals(i.getId())).findFirst().orElseThrow().fire();
            });
            choose.accept(kept, "finding-menu-fetch");
            await("the image saved into the article", 20, () -> {
                Object srcs = robot.lookup("#body-editor").queryAs(WebView.class).getEngine().executeScript(
                        "Array.from(document.querySelectorAll('#doc img')).map(function(i){return i.getAttribute('src');}).join('|')");
                return !String.valueOf(srcs).contains(kept) && String.valueOf(srcs).contains(".png");
            });
            choose.accept(dropped, "finding-menu-remove-image");
            await("no remote image left", 20, () -> findings().stream().noneMatch(f -> f.rule().equals("remote-image")));
            assertThat(fx(() -> String.valueOf(robot.lookup("#body-editor").queryAs(WebView.class).getEngine()
                    .executeScript("document.querySelectorAll('#doc img').length")))).isEqualTo("1");
            // the saved image is the article's own, stored with it
            await("stored", 20, () -> {
                try (Desk desk = Desk.open(options.database(), false, (java.nio.file.Path) null, Desk.Access.READ_WRITE_OR_READ_ONLY)) {
                    return desk.drafts().images(a.id()).stream().anyMatch(i -> java.util.Arrays.equals(i.data(), png));
                }
            });
        }
    }

    @Test
    void twoRevisionsAreComparedInThePreviewAndOneIsRestored() throws Exception {
        LaunchOptions options = FxTestSupport.options(dir);
        Article a = seed(options);
        try (Desk desk = Desk.open(options.database())) {
            desk.drafts().saveRevision(a.toBuilder().bodyHtml("<h2>会议要求</h2><p>" + BODY[0] + "</p><p>会议由<b>副司长</b>主持。</p>").build());
        }
        start(options);
        openReview(a);
        robot.clickOn("#review-tab-revisions");
        ListView<Revision> list = robot.lookup("#revisions").queryAs(ListView.class);
        await("the revisions", 10, () -> list.getItems().size() == 3);
        FxTestSupport.runFx(() -> list.getSelectionModel().selectRange(0, 2));
        robot.clickOn("#compare-characters");
        robot.clickOn("#revision-compare");
        await("the comparison", 20, () -> preview(".cd-compare").contains("第 2 版 → 第 3 版"));
        assertThat(preview("ins.cd-ins")).isEqualTo("会议要求|副");
        assertThat(preview("del.cd-del")).contains("委员们在在学懂弄通");
        // the comparison is the page's markup: the heading is a heading, the bold is bold, the change inside it
        assertThat(preview(".body h2.cd-ins-block")).isEqualTo("会议要求");
        assertThat(preview(".body strong")).isEqualTo("副司长");
        assertThat(preview(".body strong ins.cd-ins")).isEqualTo("副");
        robot.clickOn("#revision-compare-end");
        await("the draft again", 20, () -> preview(".cd-compare").isEmpty() && preview(".body").contains("副司长"));

        // the comparison also ends on leaving the 版本 tab, and when the draft changes
        robot.clickOn("#revision-compare");
        await("compared again", 20, () -> preview(".cd-compare").contains("第 2 版 → 第 3 版"));
        robot.clickOn("#review-tab-findings");
        await("the draft after leaving the tab", 20, () -> preview(".cd-compare").isEmpty() && preview(".body").contains("副司长"));
        robot.clickOn("#review-tab-revisions");
        FxTestSupport.runFx(() -> list.getSelectionModel().selectRange(0, 2));
        robot.clickOn("#revision-compare");
        await("compared once more", 20, () -> preview(".cd-compare").contains("第 2 版 → 第 3 版"));
        robot.clickOn("#title").type(javafx.scene.input.KeyCode.END).write("（修订）");
        await("the draft after typing", 20, () -> preview(".cd-compare").isEmpty() && preview("h1.title").contains("（修订）"));
        robot.clickOn("#review-tab-revisions");

        Revision first = fx(() -> list.getItems().stream().filter(r -> r.version() == 2).findFirst().orElseThrow());
        FxTestSupport.runFx(() -> {
            list.getSelectionModel().clearSelection();
            list.getSelectionModel().select(first);
        });
        robot.clickOn("#revision-restore");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(b -> ((Button) b).isDefaultButton()).<Node>query());
        await("restored in the editor", 20, () -> "true".equals(String.valueOf(robot.lookup("#body-editor").queryAs(WebView.class)
                .getEngine().executeScript("document.getElementById('doc').textContent.indexOf('委员们') >= 0"))));
        await("listed as a new revision", 10, () -> list.getItems().size() == 4);
        assertThat(fx(() -> list.getItems().get(0).reason())).isEqualTo("restore:2");
    }

    @Test
    void editingAnArticleFurtherDownTheListKeepsItOpen() throws Exception {
        LaunchOptions options = FxTestSupport.options(dir);
        Article a = seed(options);
        try (Desk desk = Desk.open(options.database())) {
            desk.drafts().create(TestDesk.article("较新的一篇", "社会", "正文。"));
        }
        start(options);
        await("two drafts", 10, () -> robot.lookup("#drafts").queryListView().getItems().size() >= 2);
        int row = fx(() -> {
            ListView<org.copydesk.domain.ArticleSummary> l = robot.lookup("#drafts").queryAs(ListView.class);
            for (int i = 0; i < l.getItems().size(); i++) {
                if (l.getItems().get(i).id() == a.id()) {
                    return i;
                }
            }
            return -1;
        });
        assertThat(row).isPositive();
        robot.clickOn(robot.lookup("#drafts .list-cell").nth(row).<Node>query());
        await("it opens", 10, () -> robot.lookup("#title").queryAs(javafx.scene.control.TextInputControl.class).getText().equals(a.title()));
        robot.clickOn("#title").push(javafx.scene.input.KeyCode.END).write("（续）");
        await("saved and moved to the top", 10, () -> ((org.copydesk.domain.ArticleSummary) robot.lookup("#drafts").queryListView()
                .getItems().get(0)).id() == a.id() && robot.lookup("#save-state").queryAs(Label.class).getText().startsWith("已保存"));
        // whatever the list does with the moved row has happened once the FX thread has nothing left to do
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> robot.lookup("#title").queryAs(javafx.scene.control.TextInputControl.class).getText())).isEqualTo(a.title() + "（续）");
    }
}
