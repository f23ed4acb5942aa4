package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.Status;
import org.copydesk.service.Desk;
import org.copydesk.service.DraftService;
import org.copydesk.support.ManualTaskRunner;
import org.copydesk.ui.session.OpenArticle;
import org.copydesk.support.TestDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosave and the editor's state, without a toolkit: work runs at once, time moves by hand. */
class EditorViewModelTest {

    @TempDir
    Path dir;

    private Desk desk;
    private DraftService repo;
    private final ManualTaskRunner runner = new ManualTaskRunner();
    private EditorViewModel vm;
    private Article article;
    private final List<Article> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        desk = Desk.open(dir.resolve("desk.db"));
        repo = desk.drafts();
        article = repo.create(TestDesk.article("原标题", "要闻", "原正文"));
        vm = new EditorViewModel(repo, desk.preview(dir.resolve("cache")), new OpenArticle(), runner, Clock.systemDefaultZone());
        vm.setOnSaved(saved::add);
        vm.show(article);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private String storedTitle() {
        return repo.get(article.id()).title();
    }

    @Test
    void showingAnArticleIsNotAChange() {
        assertThat(vm.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.SAVED);
        runner.advance(Duration.ofSeconds(10));
        assertThat(saved).isEmpty();
    }

    @Test
    void aChangeIsSavedAMomentAfterTypingPauses() {
        vm.titleProperty().set("新标题");
        assertThat(vm.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.CHANGED);
        runner.advance(EditorViewModel.QUIET.minusMillis(1));
        assertThat(storedTitle()).isEqualTo("原标题");
        runner.advance(Duration.ofMillis(1));
        assertThat(storedTitle()).isEqualTo("新标题");
        assertThat(vm.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.SAVED);
        assertThat(saved).hasSize(1);
    }

    @Test
    void continuousTypingIsStillSavedWithinTheMaximumWait() {
        long step = 100;
        long typed = 0;
        int stored = -1;
        for (int i = 0; i < 40; i++) {
            vm.bodyHtmlProperty().set("<p>" + "字".repeat(i + 1) + "</p>");
            runner.advance(Duration.ofMillis(step));
            typed += step;
            String body = repo.get(article.id()).bodyHtml();
            int now = body.length() - 7;
            if (now != stored) {
                stored = now;
            }
            // what is stored is never more than the maximum wait (plus one keystroke) behind the typing
            long lag = (long) (i + 1 - stored) * step;
            assertThat(lag).isLessThanOrEqualTo(EditorViewModel.MAX_WAIT.toMillis() + step);
        }
        // the typing never paused for the quiet time, yet it was saved once per maximum wait
        assertThat(saved).hasSizeGreaterThanOrEqualTo((int) (typed / EditorViewModel.MAX_WAIT.toMillis()));
        assertThat(saved).allSatisfy(a -> assertThat(a.bodyHtml()).isNotEqualTo("<p>" + "字".repeat(40) + "</p>"));
        runner.advance(EditorViewModel.QUIET);
        assertThat(repo.get(article.id()).bodyHtml()).as("once typing pauses, the last keystroke").isEqualTo("<p>" + "字".repeat(40) + "</p>");
    }

    @Test
    void thePreviewHearsOfEveryEdit() {
        long before = vm.changesProperty().get();
        vm.sourceProperty().set("新华社");
        vm.keywords().add("政治");
        assertThat(vm.changesProperty().get()).isEqualTo(before + 2);
    }

    @Test
    void savesNeverOverlapAndTheLastEditWins() {
        runner.holdWork(true);
        vm.titleProperty().set("第一次");
        runner.advance(EditorViewModel.QUIET);
        assertThat(runner.heldCount()).isEqualTo(1);
        vm.titleProperty().set("第二次");
        runner.advance(EditorViewModel.QUIET);
        // the second save waits for the first instead of running beside it
        assertThat(runner.heldCount()).isEqualTo(1);
        runner.holdWork(false);
        runner.releaseWork();
        assertThat(storedTitle()).isEqualTo("第二次");
        assertThat(saved).extracting(Article::title).containsExactly("第一次", "第二次");
    }

    @Test
    void theBodyIsSanitisedOnTheWayToTheDatabase() {
        vm.bodyHtmlProperty().set("<div onclick=\"x()\">正文<script>alert(1)</script></div>");
        runner.advance(Duration.ofSeconds(2));
        assertThat(repo.get(article.id()).bodyHtml()).isEqualTo("<p>正文</p>");
    }

    @Test
    void ctrlSSavesAtOnceAndKeepsARevision() {
        vm.titleProperty().set("定稿");
        vm.saveRevision();
        assertThat(storedTitle()).isEqualTo("定稿");
        assertThat(desk.review().revisions(article.id())).extracting(r -> r.reason()).containsExactly("save", "create");
        assertThat(desk.review().revisions(article.id()).get(0).snapshot().title()).isEqualTo("定稿");
        // the status says which version was kept, unlike an autosave
        assertThat(vm.saveStateProperty().get().version()).isEqualTo((int) desk.review().revisions(article.id()).get(0).version());
        assertThat(vm.saveStateProperty().get().version()).isPositive();
        vm.titleProperty().set("定稿后再改");
        runner.advance(Duration.ofSeconds(5));
        assertThat(desk.review().revisions(article.id())).as("autosave keeps no revision").hasSize(2);
        assertThat(vm.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.SAVED);
        assertThat(vm.saveStateProperty().get().version()).as("an autosave kept none").isZero();
    }

    @Test
    void flushSavesWhatIsPendingBeforeGoingOn() {
        vm.titleProperty().set("切换前");
        List<String> order = new ArrayList<>();
        vm.flush(() -> order.add("after flush: " + storedTitle()));
        assertThat(order).containsExactly("after flush: 切换前");
    }

    @Test
    void openingAnotherArticleSavesTheCurrentOneFirst() {
        Article other = repo.create(TestDesk.article("另一篇", "社会", "正文"));
        vm.titleProperty().set("未保存的修改");
        vm.open(other.id());
        assertThat(storedTitle()).isEqualTo("未保存的修改");
        assertThat(vm.titleProperty().get()).isEqualTo("另一篇");
        assertThat(vm.channelProperty().get()).isEqualTo("社会");
    }

    @Test
    void aFailedSaveIsShownAndTheEditIsKept() {
        vm.titleProperty().set("保存不了");
        repo.delete(article.id());
        runner.advance(Duration.ofSeconds(2));
        assertThat(vm.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.FAILED);
        assertThat(vm.saveStateProperty().get().message()).isNotBlank();
        assertThat(vm.titleProperty().get()).isEqualTo("保存不了");
    }

    @Test
    void aStatusChangeMadeByReviewReachesTheEditorWithoutLosingWhatIsTyped() {
        Article moved = desk.review().submit(article.id(), "编辑甲");
        vm.titleProperty().set("正在改的标题");
        vm.statusChanged(moved);
        assertThat(vm.statusProperty().get()).isEqualTo(Status.IN_REVIEW);
        assertThat(vm.titleProperty().get()).isEqualTo("正在改的标题");
        runner.advance(Duration.ofSeconds(2));
        // the autosave keeps the new status: it does not put the old one back
        assertThat(repo.get(article.id()).status()).isEqualTo(Status.IN_REVIEW);
        assertThat(repo.get(article.id()).title()).isEqualTo("正在改的标题");
    }

    @Test
    void anApprovedArticleThatIsEditedShowsItIsBackInReview() {
        desk.review().submit(article.id(), "编辑甲");
        Article approved = TestDesk.approve(desk, article.id(), "校对乙");
        vm.statusChanged(approved);
        vm.titleProperty().set("通过后又改了标题");
        runner.advance(Duration.ofSeconds(2));
        assertThat(vm.statusProperty().get()).isEqualTo(Status.IN_REVIEW);
        assertThat(vm.noticeProperty().get()).contains("审核中");
        assertThat(repo.get(article.id()).status()).isEqualTo(Status.IN_REVIEW);
    }

    @Test
    void aFixReplacesTheFoundTextInAFieldOnlyWhereItStillIs() {
        vm.titleProperty().set("  外交部國際司");
        assertThat(vm.replaceInField("title", 3, 5, "國際", "国际")).isTrue();
        assertThat(vm.titleProperty().get()).isEqualTo("  外交部国际司");
        // the text moved or changed: nothing is replaced
        assertThat(vm.replaceInField("title", 3, 5, "國際", "国际")).isFalse();
        assertThat(vm.replaceInField("title", 30, 35, "國際", "国际")).isFalse();
        assertThat(vm.replaceInField("keywords", 0, 1, "a", "b")).isFalse();
    }

    @Test
    void countsFollowTheBody() {
        vm.bodyHtmlProperty().set("<p>一二三</p><p>四五</p>");
        runner.advance(Duration.ofSeconds(1));
        assertThat(vm.charactersProperty().get()).isEqualTo(5);
        assertThat(vm.paragraphsProperty().get()).isEqualTo(2);
    }

    @Test
    void anImageIsStoredWithTheArticleAndANonImageIsRefused() throws Exception {
        Path png = dir.resolve("pic.png");
        var img = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "png", png.toFile());
        List<String> names = new ArrayList<>();
        vm.addImage(png, a -> names.add(a.name()));
        assertThat(names).hasSize(1);
        assertThat(repo.images(article.id())).extracting(i -> i.name()).containsExactly(names.get(0));

        Path fake = Files.writeString(dir.resolve("fake.png"), "not an image");
        vm.addImage(fake, a -> names.add(a.name()));
        assertThat(names).hasSize(1);
        assertThat(vm.noticeProperty().get()).contains("fake.png");
    }

    @Test
    void keywordsAreAddedOnceAndTrimmed() {
        vm.addKeyword(" 政治 ");
        vm.addKeyword("政治");
        vm.addKeyword("  ");
        assertThat(vm.keywords()).containsExactly("国际", "外交", "政治");
    }

    @Test
    void aPasteIsSanitisedAndCleanedBeforeItReachesTheBody() {
        List<String> inserted = new ArrayList<>();
        vm.paste("<div style=\"color:red\" onclick=\"x()\"><b>協(xié)商</b>會,很成功.<script>alert(1)</script></div>",
                null, () -> null, inserted::add);
        assertThat(inserted).containsExactly("<p><strong>协商</strong>会，很成功。</p>");
        assertThat(vm.noticeProperty().get()).contains("清理");
    }

    @Test
    void pastedPlainTextBecomesParagraphs() {
        List<String> inserted = new ArrayList<>();
        vm.paste(null, "第一段\n\n第二段", () -> null, inserted::add);
        assertThat(inserted).containsExactly("<p>第一段</p><p>第二段</p>");
    }

    @Test
    void picturesInAPasteAreStoredWithTheArticle() throws Exception {
        var img = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        String data = java.util.Base64.getEncoder().encodeToString(png.toByteArray());
        List<String> inserted = new ArrayList<>();
        vm.paste("<p>图<img src=\"data:image/png;base64," + data + "\"></p>", null, () -> null, inserted::add);
        assertThat(repo.images(article.id())).singleElement().satisfies(i -> {
            assertThat(inserted.get(0)).contains("src=\"" + i.name() + "\"");
            assertThat(dir.resolve("cache/images/" + article.id() + "/" + i.name())).exists();
        });
        List<String> screenshot = new ArrayList<>();
        vm.paste(null, null, png::toByteArray, screenshot::add);
        assertThat(screenshot.get(0)).startsWith("<figure><img src=");
    }
}
