package org.copydesk.ui.review;

import org.copydesk.domain.WordListKind;
import org.copydesk.domain.WordListProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.Finding;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.l10n.Wording;
import org.copydesk.domain.Problem;
import org.copydesk.domain.Round;
import org.copydesk.domain.Status;
import org.copydesk.l10n.Messages;
import org.copydesk.proof.WordLists;
import org.copydesk.site.SiteProfiles;
import org.copydesk.service.Desk;
import org.copydesk.support.ManualTaskRunner;
import org.copydesk.support.ScriptedDialogs;
import org.copydesk.ui.session.OpenArticle;
import org.copydesk.support.TestDesk;
import org.copydesk.ui.drafts.DraftListViewModel;
import org.copydesk.ui.editor.EditorViewModel;
import org.copydesk.ui.preview.PreviewViewModel;
import org.copydesk.ui.shell.ShellViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review panel's state and the export gate in the window, without a toolkit. */
class ReviewViewModelTest {

    @TempDir
    Path dir;

    private Desk desk;
    private final ManualTaskRunner runner = new ManualTaskRunner();
    private EditorViewModel editor;
    private ReviewViewModel review;
    private PreviewViewModel preview;
    private ShellViewModel shell;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Article article;

    @BeforeAll
    static void chinese() {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    @BeforeEach
    void open() {
        desk = Desk.open(TestDesk.db(dir));
        article = desk.drafts().create(TestDesk.article("国际司召开党史学习教育动员会", "要闻",
                "委员们在在学懂弄通上下功夫。", "会议由司长主持。").toBuilder().keywords(List.of("国际", "党史", "学习")).build());
        OpenArticle session = new OpenArticle();
        editor = new EditorViewModel(desk.drafts(), desk.preview(dir.resolve("preview")), session, runner, Clock.systemDefaultZone());
        review = new ReviewViewModel(desk.review(), desk.proofreading(), session, runner, dialogs);
        review.reviewerProperty().set("校对甲");
        review.activeProperty().set(true);
        preview = new PreviewViewModel(desk.preview(dir.resolve("preview")), runner, session);
        shell = new ShellViewModel(new DraftListViewModel(desk.drafts(), runner), editor, preview, desk.publishing(),
                desk.imports(), new org.copydesk.ui.exchange.ExchangeViewModel(desk.exchange(), session, runner), review::who,
                runner, dialogs);
        editor.show(article);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void nothingIsCheckedWhileThePanelIsHiddenAndTheCheckCatchesUpWhenShown() {
        assertThat(review.findings()).anyMatch(f -> f.rule().equals("repeated-word"));
        review.activeProperty().set(false);
        editor.bodyHtmlProperty().set("<p>委员们在学懂弄通上下功夫。</p>");
        runner.advance(Duration.ofSeconds(1));
        assertThat(review.findings()).as("not checked while hidden").anyMatch(f -> f.rule().equals("repeated-word"));
        review.activeProperty().set(true);
        assertThat(review.findings()).noneMatch(f -> f.rule().equals("repeated-word"));
    }

    @Test
    void theFindingsFollowTheDraftAsItIsTyped() {
        assertThat(review.findings()).anyMatch(f -> f.rule().equals("repeated-word"));
        editor.bodyHtmlProperty().set("<p>委员们在学懂弄通上下功夫。</p><p>会议由司长主持。</p>");
        runner.advance(Duration.ofSeconds(1));
        assertThat(review.findings()).noneMatch(f -> f.rule().equals("repeated-word"));
        assertThat(review.paragraphs()).containsExactly("委员们在学懂弄通上下功夫。", "会议由司长主持。");
    }

    @Test
    void aFieldFindingIsFixedInTheEditor() {
        editor.titleProperty().set("国际司召开黨史学习教育动员会");
        runner.advance(Duration.ofSeconds(1));
        Finding f = review.findings().stream().filter(x -> x.field().equals("title")).findFirst().orElseThrow();
        assertThat(review.fixField(f)).isTrue();
        assertThat(editor.titleProperty().get()).isEqualTo("国际司召开党史学习教育动员会");
        assertThat(review.fixField(f)).as("the text is no longer there").isFalse();
    }

    @Test
    void reviewModeMarksThePreviewAndTheFileStaysClean() throws Exception {
        preview.reviewModeProperty().set(true);
        PreviewViewModel.Page page = preview.pageProperty().get();
        assertThat(page.decorated()).isTrue();
        assertThat(page.bodyInnerHtml()).contains("cd-finding").contains("在在").contains("review.css");
        assertThat(page.findings()).anyMatch(f -> f.rule().equals("repeated-word"));
        assertThat(dir.resolve("preview/assets/review.css")).exists();
        assertThat(Files.readString(dir.resolve("preview/articles/" + article.id() + ".html"))).doesNotContain("cd-finding");
        preview.reviewModeProperty().set(false);
        assertThat(preview.pageProperty().get().bodyInnerHtml()).doesNotContain("cd-finding");
    }

    @Test
    void theWorkflowMovesTheEditorsStatusAndRecordsTheRounds() {
        review.submit();
        assertThat(editor.statusProperty().get()).isEqualTo(Status.IN_REVIEW);
        // the status line names the article, so it cannot be read as another one's
        assertThat(review.messageProperty().get()).contains("《" + editor.titleProperty().get() + "》").contains("审核中");
        review.signOff(Round.PROOF_1, "");
        assertThat(review.signed()).containsOnlyKeys(Round.PROOF_1);
        assertThat(review.signed().get(Round.PROOF_1).who()).isEqualTo("校对甲");
        // what the desk's rules refuse is known before any button is pressed
        assertThat(review.whyNotApprove()).hasValueSatisfying(r -> assertThat(r.problem()).isEqualTo(Problem.ROUNDS_MISSING));
        assertThat(review.whyNotSign(Round.REVIEW_2)).hasValueSatisfying(r -> assertThat(r.problem()).isEqualTo(Problem.ROUND_OUT_OF_ORDER));
        review.signOff(Round.REVIEW_1, "");
        assertThat(review.whyNotSign(Round.REVIEW_2)).hasValueSatisfying(r -> assertThat(Wording.refusal(r)).isEqualTo("校对甲 已签「初审」，「复审」须由另一人签"));
        review.reviewerProperty().set("主任");
        assertThat(review.whyNotSign(Round.REVIEW_2)).isEmpty();
        review.reviewerProperty().set("校对甲");
        review.sendBack("第一段有重复字");
        assertThat(editor.statusProperty().get()).isEqualTo(Status.DRAFT);
        assertThat(review.signed()).isEmpty();
        assertThat(review.notes()).singleElement().satisfies(n -> assertThat(n.body()).isEqualTo("第一段有重复字"));
        assertThat(review.events()).extracting(ReviewEvent::kind).containsExactly(ReviewEvent.Kind.SUBMITTED,
                ReviewEvent.Kind.SIGNED_OFF, ReviewEvent.Kind.SIGNED_OFF, ReviewEvent.Kind.SENT_BACK);
        // a step that is not allowed now says why and changes nothing
        review.approve();
        assertThat(review.messageProperty().get()).contains("草稿");
        assertThat(editor.statusProperty().get()).isEqualTo(Status.DRAFT);
    }

    @Test
    void aBadWordListLineIsReportedWithItsNumber() {
        List<List<WordListProblem>> reported = new ArrayList<>();
        review.saveWordList(WordListKind.DISCOURAGED, "老外=外国人\n没有等号的一行\n", reported::add);
        assertThat(reported).singleElement().satisfies(p -> assertThat(p).extracting(WordListProblem::line).containsExactly(2));
    }

    @Test
    void theFirstReviewWorkAsksForTheReviewersNameAndNeverUsesTheLogin() {
        review.reviewerProperty().set("");
        review.refresh();
        Finding f = review.findings().stream().filter(x -> x.rule().equals("repeated-word")).findFirst().orElseThrow();
        dialogs.answerWith(null);
        review.dismiss(f);
        assertThat(dialogs.asked()).singleElement().satisfies(q -> assertThat(q).contains("署这个名字"));
        assertThat(review.findings()).as("declined: nothing done").contains(f);
        assertThat(desk.review().events(article.id())).isEmpty();

        dialogs.answerWith("  李编辑 ");
        review.submit();
        assertThat(review.reviewerProperty().get()).isEqualTo("李编辑");
        assertThat(desk.review().events(article.id())).singleElement().satisfies(e -> assertThat(e.who()).isEqualTo("李编辑"));
        // asked once: the name is kept
        review.dismiss(f);
        assertThat(dialogs.asked()).hasSize(2);
    }

    @Test
    void ctrlEAsksTheGateBeforeAskingForAFolder() throws Exception {
        Path out = dir.resolve("site-first");
        List<String> asked = new java.util.ArrayList<>();
        dialogs.answerWith(null);
        shell.exportCurrent(() -> {
            asked.add("folder");
            return out;
        });
        assertThat(dialogs.asked()).singleElement().satisfies(q -> assertThat(q).contains("尚未审核通过"));
        assertThat(asked).as("a refused draft never gets as far as the folder").isEmpty();
        assertThat(out).doesNotExist();

        dialogs.answerWith("领导已口头同意");
        shell.exportCurrent(() -> {
            asked.add("folder");
            return out;
        });
        assertThat(asked).containsExactly("folder");
        assertThat(out.resolve(desk.publishing().address(article.id()).orElseThrow())).exists();
    }

    @Test
    void exportOfAnUnapprovedDraftIsRefusedThenDoneAnywayWithTheReasonRecorded() throws Exception {
        Path out = dir.resolve("site");
        dialogs.answerWith(null);
        shell.exportCurrent(out);
        assertThat(dialogs.asked()).singleElement().satisfies(q -> assertThat(q).contains("尚未审核通过"));
        assertThat(out).doesNotExist();
        assertThat(shell.exportedPageProperty().get()).as("nothing exported, no notice").isNull();

        dialogs.answerWith("领导已口头同意");
        shell.exportCurrent(out);
        String page = desk.publishing().address(article.id()).orElseThrow();
        assertThat(page).endsWith("/" + article.id() + ".shtml");
        assertThat(out.resolve(page)).exists();
        assertThat(shell.messageProperty().get()).contains(page);
        // the export ends with a notice that can open the page or its folder
        assertThat(shell.exportedPageProperty().get()).isEqualTo(out.resolve(page));
        assertThat(editor.statusProperty().get()).isEqualTo(Status.PUBLISHED);
        assertThat(desk.review().events(article.id())).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(ReviewEvent.Kind.EXPORTED_ANYWAY);
            assertThat(e.text()).isEqualTo("领导已口头同意");
            assertThat(e.who()).isEqualTo("校对甲");
        });
    }
}
