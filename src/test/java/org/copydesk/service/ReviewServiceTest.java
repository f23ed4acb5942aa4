package org.copydesk.service;

import org.copydesk.domain.WordListKind;
import org.copydesk.domain.WordListProblem;
import org.copydesk.domain.DiffGranularity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Finding;
import org.copydesk.domain.Note;
import org.copydesk.domain.Problem;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.domain.ReviewRules;
import org.copydesk.domain.Revision;
import org.copydesk.domain.Round;
import org.copydesk.domain.Severity;
import org.copydesk.domain.Status;
import org.copydesk.proof.WordLists;
import org.copydesk.site.SiteProfiles;
import org.copydesk.domain.CheckResult;
import org.copydesk.domain.Gate;
import org.copydesk.l10n.Wording;
import org.copydesk.support.TestDesk;
import org.copydesk.text.TextDiff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewServiceTest {

    @TempDir
    Path dir;

    private Desk desk;
    private ReviewService review;
    private ProofService proof;
    private PublishService publishing;

    @BeforeEach
    void open() {
        desk = openDesk();
        review = desk.review();
        proof = desk.proofreading();
        publishing = desk.publishing();
    }

    /** The desk under test (a file here; a shared desk in {@code PgReviewServiceTest}). */
    protected Desk openDesk() {
        return Desk.open(TestDesk.db(dir));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private Article store(String... paragraphs) {
        Article a = TestDesk.article("外交部国际司强化理论武装", "要闻", paragraphs);
        return desk.drafts().create(a.toBuilder().keywords(List.of("国际", "外交", "政治")).build());
    }

    private static final String CLEAN = "国际司党支部认真开展党史学习教育，推动各项工作取得新成效。";

    @Test
    void aDismissedFindingStaysQuietUntilTheWordsAroundItChange() {
        Article a = store("双方在在会上交换了意见。", CLEAN);
        List<Finding> before = proof.check(a).findings();
        Finding repeated = before.stream().filter(f -> f.rule().equals("repeated-word")).findFirst().orElseThrow();

        proof.dismiss(a, repeated, "校对甲");
        CheckResult after = proof.check(a);
        assertThat(after.findings()).doesNotContain(repeated);
        assertThat(after.dismissed()).isEqualTo(1);

        // the same words elsewhere, with other words around them, are found again
        Article moved = desk.drafts().saveWorkingCopy(a.toBuilder()
                .bodyHtml("<p>双方在在会上交换了意见。</p><p>委员们在在线上提出建议。</p>").build());
        List<Finding> again = proof.check(moved).findings().stream().filter(f -> f.rule().equals("repeated-word")).toList();
        assertThat(again).extracting(Finding::paragraph).containsExactly(1);

        assertThat(proof.undismissAll(a.id())).isEqualTo(1);
        assertThat(proof.check(moved).dismissed()).isZero();
    }

    @Test
    void aRuleSwitchedOffForTheDeskNoLongerReports() {
        Article a = store("双方在在会上交换了意见。");
        assertThat(proof.check(a).findings()).anyMatch(f -> f.rule().equals("repeated-word"));
        proof.setRuleEnabled("repeated-word", false);
        assertThat(proof.check(a).findings()).noneMatch(f -> f.rule().equals("repeated-word"));
        assertThat(proof.disabledRules()).containsExactly("repeated-word");
        proof.setRuleEnabled("repeated-word", true);
        assertThat(proof.check(a).findings()).anyMatch(f -> f.rule().equals("repeated-word"));
        assertThatThrownBy(() -> proof.setRuleEnabled("no-such-rule", false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDesksOwnWordListTakesEffectAndItsBadLinesAreReportedWithTheirNumbers() {
        Article a = store("会上提到了某某集团的情况。");
        assertThat(proof.check(a).findings()).noneMatch(f -> f.rule().equals("banned-term"));

        String list = "# 本台禁用词\n某某集团\n某某集团\n坏词=好词\n";
        List<WordListProblem> problems = proof.saveWordList(WordListKind.BANNED, list);
        assertThat(problems).extracting(WordListProblem::line).containsExactly(3, 4);
        assertThat(problems).extracting(WordListProblem::reason).containsExactly("duplicate", "banned-with-replacement");
        assertThat(proof.check(a).findings()).anyMatch(f -> f.rule().equals("banned-term") && f.text().equals("某某集团"));
        // kept as typed, so the bad lines can be fixed
        assertThat(proof.wordListTexts().get(WordListKind.BANNED)).isEqualTo(list);

        proof.resetWordList(WordListKind.BANNED);
        assertThat(proof.check(a).findings()).noneMatch(f -> f.rule().equals("banned-term"));
    }

    @Test
    void aWordAddedToTheDesksDictionaryIsNeverFlaggedAgainInAnyArticle() {
        Article a = store("今年，本市要切实保护生态环镜。");
        Article b = store("生态环镜的改善有目共睹。");
        Finding f = proof.check(a).findings().stream().filter(x -> x.rule().equals("misspelling")).findFirst().orElseThrow();
        assertThat(f.text()).isEqualTo("环镜");
        assertThat(proof.check(b).findings()).anyMatch(x -> x.rule().equals("misspelling"));

        proof.addToDictionary(f.text());
        proof.addToDictionary(f.text());
        assertThat(proof.wordListTexts().get(WordListKind.DICTIONARY).lines().filter("环镜"::equals)).as("added once").hasSize(1);
        assertThat(proof.check(a).findings()).noneMatch(x -> x.rule().equals("misspelling"));
        assertThat(proof.check(b).findings()).noneMatch(x -> x.rule().equals("misspelling"));
    }

    @Test
    void theSpellingCheckLearnsWhatTheDesksArchiveWritesOften() {
        Article a = store("今年，本市要切实保护生态环镜。");
        assertThat(proof.check(a).findings()).anyMatch(x -> x.rule().equals("misspelling"));
        for (int i = 0; i < 10; i++) {
            store("第" + i + "篇：生态环镜整治持续推进。");
        }
        assertThat(proof.learnDeskUsage()).isPositive();
        assertThat(proof.check(a).findings()).noneMatch(x -> x.rule().equals("misspelling"));
    }

    @Test
    void theWorkflowGoesDraftReviewApprovedAndRecordsWhoDidWhat() {
        Article a = store(CLEAN);
        assertThatThrownBy(() -> review.approve(a.id(), "主任"))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.STATUS_NOT_ALLOWED));

        assertThat(review.submit(a.id(), "编辑乙").status()).isEqualTo(Status.IN_REVIEW);
        assertThatThrownBy(() -> review.signOff(a.id(), Round.REVIEW_2, "主任", ""))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.ROUND_OUT_OF_ORDER));
        review.signOff(a.id(), Round.REVIEW_1, "编辑乙", "同意");
        review.signOff(a.id(), Round.PROOF_1, "校对甲", "");
        review.signOff(a.id(), Round.REVIEW_2, "主任", "");
        assertThatThrownBy(() -> review.signOff(a.id(), Round.REVIEW_1, "编辑乙", ""))
                .isInstanceOf(CopydeskException.class);
        assertThat(review.signedRounds(a.id())).containsExactly(Round.REVIEW_1, Round.PROOF_1, Round.REVIEW_2);
        // approval waits for every round the desk requires, named in the refusal
        assertThatThrownBy(() -> review.approve(a.id(), "总编"))
                .isInstanceOfSatisfying(CopydeskException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.ROUNDS_MISSING);
                    assertThat(e.args()[0]).isEqualTo("终审、二校、三校");
                });
        review.signOff(a.id(), Round.REVIEW_3, "总编", "");
        review.signOff(a.id(), Round.PROOF_2, "校对甲", "");
        review.signOff(a.id(), Round.PROOF_3, "校对甲", "");

        Article approved = review.approve(a.id(), "总编");
        assertThat(approved.status()).isEqualTo(Status.APPROVED);
        assertThat(desk.drafts().get(a.id()).status()).isEqualTo(Status.APPROVED);
        assertThat(review.events(a.id())).extracting(ReviewEvent::kind, ReviewEvent::who).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ReviewEvent.Kind.SUBMITTED, "编辑乙"),
                org.assertj.core.groups.Tuple.tuple(ReviewEvent.Kind.SIGNED_OFF, "编辑乙"),
                org.assertj.core.groups.Tuple.tuple(ReviewEvent.Kind.SIGNED_OFF, "校对甲"),
                org.assertj.core.groups.Tuple.tuple(ReviewEvent.Kind.SIGNED_OFF, "主任"),
                org.assertj.core.groups.Tuple.tuple(ReviewEvent.Kind.SIGNED_OFF, "总编"),
                org.assertj.core.groups.Tuple.tuple(ReviewEvent.Kind.SIGNED_OFF, "校对甲"),
                org.assertj.core.groups.Tuple.tuple(ReviewEvent.Kind.SIGNED_OFF, "校对甲"),
                org.assertj.core.groups.Tuple.tuple(ReviewEvent.Kind.APPROVED, "总编"));
        // every status change is a revision
        assertThat(review.revisions(a.id())).extracting(Revision::reason).contains("status:in_review", "status:approved");
    }

    @Test
    void oneReviewerCannotSignTwoOfTheThreeReviewsNorTheAuthorApprove() {
        Article a = store(CLEAN);
        review.submit(a.id(), "编辑乙");
        review.signOff(a.id(), Round.REVIEW_1, "主任", "");
        assertThatThrownBy(() -> review.signOff(a.id(), Round.REVIEW_2, "主任", ""))
                .isInstanceOfSatisfying(CopydeskException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.ROUND_SAME_PERSON);
                    assertThat(e.args()).containsExactly("复审", "初审", "主任");
                });
        // a proofreading round is not one of the three reviews: the same person may sign it
        review.signOff(a.id(), Round.PROOF_1, "主任", "");
        assertThatThrownBy(() -> review.signOff(a.id(), Round.PROOF_1, "校对甲", ""))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.ROUND_ALREADY_SIGNED));
        review.signOff(a.id(), Round.REVIEW_2, "副总编", "");
        review.signOff(a.id(), Round.REVIEW_3, "总编", "");
        review.signOff(a.id(), Round.PROOF_2, "校对甲", "");
        review.signOff(a.id(), Round.PROOF_3, "校对甲", "");
        // the person who submitted it does not approve it, whatever they signed
        assertThatThrownBy(() -> review.approve(a.id(), "编辑乙"))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.APPROVER_IS_AUTHOR));
        assertThat(desk.drafts().get(a.id()).status()).isEqualTo(Status.IN_REVIEW);
        assertThat(review.approve(a.id(), "总编").status()).isEqualTo(Status.APPROVED);
    }

    @Test
    void aChannelMayRequireFewerRoundsAndTheBylineMayNotApprove() {
        ReviewRules rules = new ReviewRules(java.util.EnumSet.allOf(Round.class),
                java.util.Map.of("要闻", java.util.EnumSet.of(Round.REVIEW_1, Round.REVIEW_3)), java.util.List.of(), true);
        Desk brief = desk.withProfile(desk.profile().withReview(rules));
        Article a = brief.drafts().create(TestDesk.article("外交部国际司强化理论武装", "要闻", CLEAN).toBuilder().author("记者 张三").build());
        brief.review().submit(a.id(), "编辑乙");
        // 终审 waits only for the rounds this channel requires: 初审, not 复审
        assertThatThrownBy(() -> brief.review().signOff(a.id(), Round.REVIEW_3, "总编", ""))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.args()).startsWith("终审", "初审"));
        brief.review().signOff(a.id(), Round.REVIEW_1, "主任", "");
        brief.review().signOff(a.id(), Round.REVIEW_3, "主任", "");
        assertThatThrownBy(() -> brief.review().approve(a.id(), "张三"))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.APPROVER_IS_AUTHOR));
        assertThat(brief.review().approve(a.id(), "主任").status()).isEqualTo(Status.APPROVED);
        // another channel still requires all six
        Article other = brief.drafts().create(TestDesk.article("外交部国际司强化理论武装", "社会", CLEAN));
        brief.review().submit(other.id(), "编辑乙");
        assertThatThrownBy(() -> brief.review().approve(other.id(), "主任"))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.ROUNDS_MISSING));
    }

    @Test
    void changingTheWordsOfAnApprovedArticleSendsItBackToReview() {
        Article a = store(CLEAN);
        review.submit(a.id(), "编辑乙");
        Article approved = TestDesk.approve(desk, a.id(), "总编");
        // saving the same words (an autosave with nothing changed) keeps the approval
        assertThat(desk.drafts().saveWorkingCopy(approved).status()).isEqualTo(Status.APPROVED);

        Article changed = desk.drafts().saveWorkingCopy(approved.toBuilder().bodyHtml("<p>" + CLEAN + "补充一句。</p>").build());
        assertThat(changed.status()).isEqualTo(Status.IN_REVIEW);
        assertThat(desk.drafts().get(a.id()).status()).isEqualTo(Status.IN_REVIEW);
        assertThat(review.events(a.id()).get(review.events(a.id()).size() - 1).kind()).isEqualTo(ReviewEvent.Kind.REOPENED);
        assertThat(Wording.gate(publishing.gate(changed))).contains("尚未审核通过");
    }

    @Test
    void sendingBackNeedsAReasonWhichBecomesAnOpenNoteAndStartsTheRoundsAgain() {
        Article a = store(CLEAN);
        review.submit(a.id(), "编辑乙");
        review.signOff(a.id(), Round.REVIEW_1, "编辑乙", "");
        assertThatThrownBy(() -> review.sendBack(a.id(), "主任", "  "))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.REASON_REQUIRED));
        assertThat(desk.drafts().get(a.id()).status()).isEqualTo(Status.IN_REVIEW);

        assertThat(review.sendBack(a.id(), "主任", "第二段数据请核实").status()).isEqualTo(Status.DRAFT);
        assertThat(review.notes(a.id())).singleElement().satisfies(n -> {
            assertThat(n.open()).isTrue();
            assertThat(n.body()).isEqualTo("第二段数据请核实");
            assertThat(n.author()).isEqualTo("主任");
        });
        review.submit(a.id(), "编辑乙");
        assertThat(review.signedRounds(a.id())).isEmpty();
    }

    @Test
    void notesAreAnchoredToParagraphsAndCanBeResolvedAndReopened() {
        Article a = store(CLEAN, "第二段。");
        assertThatThrownBy(() -> review.addNote(a.id(), 0, "", " ", "校对甲"))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOTE_EMPTY));
        Note n = review.addNote(a.id(), 1, "第二段", "这一段太短", "校对甲");
        assertThat(n.paragraph()).isEqualTo(1);
        assertThat(n.anchor()).isEqualTo("第二段");
        Note resolved = review.resolve(n.id(), "编辑乙");
        assertThat(resolved.open()).isFalse();
        assertThat(resolved.resolvedBy()).isEqualTo("编辑乙");
        assertThat(review.reopen(n.id()).open()).isTrue();
        assertThatThrownBy(() -> review.resolve(9999, "x")).isInstanceOf(CopydeskException.class);
    }

    @Test
    void theGateNamesEveryReasonAndOpensOnceAllAreAnswered() {
        Article a = store("双方就合作事项进行了充分協(xié)商。");
        Note note = review.addNote(a.id(), 0, "", "请核实", "校对甲");
        Gate gate = publishing.gate(a);
        assertThat(gate.open()).isFalse();
        assertThat(gate.reasons()).extracting(Gate.Reason::key)
                .containsExactly("gate.notApproved", "gate.openNotes", "gate.errors");
        assertThat(Wording.gate(gate)).contains("草稿").contains("1 条批注").contains("協(xié)");

        Article fixed = desk.drafts().saveWorkingCopy(a.toBuilder().bodyHtml("<p>" + CLEAN + "</p>").build());
        review.resolve(note.id(), "编辑乙");
        review.submit(a.id(), "编辑乙");
        Article approved = TestDesk.approve(desk, a.id(), "总编");
        assertThat(publishing.gate(approved).open()).isTrue();
        assertThat(fixed.id()).isEqualTo(approved.id());
    }

    @Test
    void exportRefusesAnUnapprovedArticleAndWritesNothing() {
        Article a = store(CLEAN);
        Path out = dir.resolve("site");
        assertThatThrownBy(() -> publishing.export(List.of(a.id()), out, null, false, "编辑乙"))
                .isInstanceOfSatisfying(CopydeskException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.EXPORT_REFUSED);
                    assertThat(e.getMessage()).contains("尚未审核通过");
                });
        assertThat(Files.exists(out)).isFalse();
        assertThat(desk.drafts().get(a.id()).status()).isEqualTo(Status.DRAFT);

        // every article that may not go is named, each with its reasons
        Article b = store(CLEAN);
        review.addNote(b.id(), 0, "", "请核实", "校对甲");
        assertThatThrownBy(() -> publishing.export(List.of(a.id(), b.id()), out, null, false, "编辑乙"))
                .hasMessageContaining("（编号 " + a.id() + "）不能导出：尚未审核通过")
                .hasMessageContaining("（编号 " + b.id() + "）不能导出：尚未审核通过（现在是「草稿」）；还有 1 条批注未解决");
    }

    @Test
    void exportAnywayNeedsAReasonAndRecordsIt() {
        Article a = store(CLEAN);
        Path out = dir.resolve("site");
        assertThatThrownBy(() -> publishing.export(List.of(a.id()), out, " ", false, "编辑乙"))
                .isInstanceOf(CopydeskException.class);
        PublishService.ExportOutcome done = publishing.export(List.of(a.id()), out, "突发新闻先发后审", false, "编辑乙");
        assertThat(done.pages()).anySatisfy(p -> assertThat(p).matches("c/\\d{4}-\\d\\d-\\d\\d/" + a.id() + "\\.shtml"));
        assertThat(review.events(a.id())).extracting(ReviewEvent::kind, ReviewEvent::text).contains(
                org.assertj.core.groups.Tuple.tuple(ReviewEvent.Kind.EXPORTED_ANYWAY, "突发新闻先发后审"));
        assertThat(desk.drafts().get(a.id()).status()).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void exportingApprovedArticlesPublishesThemAndHoldsBackTheOthersWhenAsked() {
        Article ready = store(CLEAN);
        Article draft = store(CLEAN);
        review.submit(ready.id(), "编辑乙");
        TestDesk.approve(desk, ready.id(), "总编");
        PublishService.ExportOutcome done = publishing.export(List.of(ready.id(), draft.id()), dir.resolve("site"),
                null, true, "编辑乙");
        assertThat(done.pages()).anySatisfy(p -> assertThat(p).endsWith("/" + ready.id() + ".shtml"))
                .noneSatisfy(p -> assertThat(p).endsWith("/" + draft.id() + ".shtml"));
        assertThat(done.held()).containsOnlyKeys(draft.id());
        assertThat(desk.drafts().get(ready.id()).status()).isEqualTo(Status.PUBLISHED);
        assertThat(review.events(ready.id()).get(review.events(ready.id()).size() - 1).kind()).isEqualTo(ReviewEvent.Kind.PUBLISHED);
    }

    @Test
    void restoringARevisionPutsItsWordsBackAsANewRevisionAndKeepsTheStatus() {
        Article a = store("第一稿的正文。");
        Article v1 = desk.drafts().saveRevision(a);
        Article v2 = desk.drafts().saveRevision(v1.toBuilder().title("改过的标题").bodyHtml("<p>第二稿的正文。</p>").build());
        review.submit(a.id(), "编辑乙");

        Article restored = review.restore(a.id(), v1.version(), "编辑乙");
        assertThat(restored.title()).isEqualTo(a.title());
        assertThat(restored.bodyHtml()).contains("第一稿");
        assertThat(restored.status()).isEqualTo(Status.IN_REVIEW);
        assertThat(restored.version()).isGreaterThan(v2.version());
        assertThat(review.revisions(a.id()).get(0).reason()).isEqualTo("restore:" + v1.version());
        assertThat(review.events(a.id())).extracting(ReviewEvent::kind).contains(ReviewEvent.Kind.RESTORED);
        assertThatThrownBy(() -> review.restore(a.id(), 999, "x"))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.REVISION_NOT_FOUND));
    }

    @Test
    void comparingTwoRevisionsMarksTheChangedWordsAndFields() {
        Article a = store("国际司召开党史学习教育动员会。", "会议由司长主持。");
        Article v1 = desk.drafts().saveRevision(a);
        Article v2 = desk.drafts().saveRevision(v1.toBuilder().title("国际司召开动员会")
                .bodyHtml("<p>国际司召开党史学习教育部署会。</p><p>会议由司长主持。</p><p>新增的一段。</p>").build());
        List<Revision> revisions = review.revisions(a.id());
        Revision r1 = revisions.stream().filter(r -> r.version() == v1.version()).findFirst().orElseThrow();
        Revision r2 = revisions.stream().filter(r -> r.version() == v2.version()).findFirst().orElseThrow();

        ReviewService.Comparison words = review.compare(r2, r1, DiffGranularity.WORD);
        assertThat(words.from().version()).isEqualTo(v1.version());
        assertThat(words.body()).hasSize(3);
        // word level: the whole word that changed (动员会 → 部署会), not its characters
        assertThat(words.body().get(0).spans()).containsExactly(new TextDiff.Span(TextDiff.Op.SAME, "国际司召开党史学习教育"),
                new TextDiff.Span(TextDiff.Op.DELETED, "动员会"), new TextDiff.Span(TextDiff.Op.INSERTED, "部署会"),
                new TextDiff.Span(TextDiff.Op.SAME, "。"));
        assertThat(words.body().get(1).changed()).isFalse();
        assertThat(words.body().get(2).op()).isEqualTo(TextDiff.Op.INSERTED);
        assertThat(words.fields()).containsOnlyKeys("标题");
        assertThat(words.heading()).contains("第 " + v1.version() + " 版").contains("第 " + v2.version() + " 版");

        ReviewService.Comparison chars = review.compare(r1, r2, DiffGranularity.CHARACTER);
        assertThat(chars.body().get(0).spans()).contains(new TextDiff.Span(TextDiff.Op.DELETED, "动员"),
                new TextDiff.Span(TextDiff.Op.INSERTED, "部署"));
        // 部署, 新增的一段。 and the title's 召开动员会
        assertThat(chars.inserted()).isEqualTo(2 + 6 + 5);
        assertThat(review.compare(r1, r1, DiffGranularity.CHARACTER).heading()).isEqualTo("两版内容相同");
    }

    @Test
    void theReviewSheetListsRoundsNotesFindingsAndTheRecord() {
        Article a = store("双方在在会上交换了意见。");
        review.addNote(a.id(), 0, "在在", "多了一个字", "校对甲");
        review.submit(a.id(), "编辑乙");
        review.signOff(a.id(), Round.REVIEW_1, "编辑乙", "同意发稿");
        String html = review.reviewSheet(a.id(), "校对甲", Instant.parse("2021-05-13T01:00:00Z"), ZoneOffset.ofHours(8));
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        assertThat(doc.title()).isEqualTo("审校单 · 外交部国际司强化理论武装");
        assertThat(doc.text()).contains("初审 编辑乙").contains("同意发稿").contains("复审 未签")
                .contains("多了一个字").contains("第 1 段").contains("送审")
                .contains("由 校对甲 于 2021-05-13 09:00 生成");
        assertThat(doc.select("td.gate-closed").text()).contains("尚未审核通过");
        assertThat(proof.check(a).count(Severity.WARNING) + proof.check(a).count(Severity.ERROR)).isPositive();
        // the sheet is data, not script: nothing a note says becomes markup
        review.addNote(a.id(), -1, "", "<script>alert(1)</script>", "校对甲");
        String again = review.reviewSheet(a.id(), "校对甲", Instant.now(), ZoneOffset.UTC);
        assertThat(again).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }
}
