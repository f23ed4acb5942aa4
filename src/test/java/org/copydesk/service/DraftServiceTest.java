package org.copydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.copydesk.domain.KeywordUse;
import org.copydesk.site.SiteProfiles;
import org.copydesk.domain.NewArticle;
import java.sql.Statement;
import java.sql.ResultSet;
import java.sql.DriverManager;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleQuery;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.Problem;
import org.copydesk.domain.Revision;
import org.copydesk.domain.Status;
import org.copydesk.support.TestDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts through the one door every caller uses: the store's round trip, the write rules, search, identity. */
class DraftServiceTest {



    @TempDir
    Path dir;

    private Desk desk;
    private DraftService repo;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T01:30:00Z"));

    /** A clock the test moves by hand, so change order is certain. */
    public static final class MutableClock extends Clock {
        private Instant now;

        public MutableClock(Instant start) {
            now = start;
        }

        public void tick() {
            now = now.plus(Duration.ofSeconds(1));
        }

        public void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void open() {
        desk = openDesk(clock);
        repo = desk.drafts();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    /** The desk under test (a file here; a shared desk on PostgreSQL in {@code PgDraftServiceTest}). */
    protected Desk openDesk(MutableClock clock) {
        return Desk.open(dir.resolve("desk.db"), false, SiteProfiles.reference(), Desk.Access.READ_WRITE, clock);
    }

    /** Makes the store refuse, inside the database, an article with this title. */
    protected void refuseInDatabase(String title) throws Exception {
        sql("CREATE TRIGGER refuse BEFORE INSERT ON article WHEN NEW.title = '" + title + "' BEGIN SELECT RAISE(ABORT, 'refused'); END");
    }

    /** Runs SQL on the desk's database beside the desk's own connections (a trigger, a count). */
    protected int sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("desk.db"));
             Statement st = c.createStatement()) {
            if (statement.startsWith("SELECT")) {
                try (ResultSet rs = st.executeQuery(statement)) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
            st.execute(statement);
            return 0;
        }
    }

    private Article create(String title, String channel, String... paragraphs) {
        clock.tick();
        return repo.create(TestDesk.article(title, channel, paragraphs));
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        Article draft = TestDesk.article("外交部国际司—— 强化理论武装", "要闻", "第一段。", "第二段。").toBuilder()
                .subtitle("副标题").summary("摘要").keywords(List.of("国际", "工作", "习近平", "外交", "政治"))
                .status(Status.IN_REVIEW).build();
        Article stored = repo.create(draft);
        Article back = repo.get(stored.id());
        assertThat(back.id()).isPositive();
        assertThat(back).usingRecursiveComparison().ignoringFields("id", "uuid", "createdAt", "updatedAt", "version", "revision").isEqualTo(draft);
        assertThat(back.keywords()).containsExactly("国际", "工作", "习近平", "外交", "政治");
        assertThat(back.createdAt()).isEqualTo(clock.instant());
    }

    @Test
    void theLeadPictureIsKeptWhileTheBodyShowsIt() {
        Article draft = TestDesk.article("题图", "要闻", "第一段。").toBuilder()
                .bodyHtml("<p>第一段。</p><figure><img src=\"abc.png\" alt=\"\"><figcaption>说明</figcaption></figure>")
                .leadImage("abc.png").build();
        Article stored = repo.create(draft);
        assertThat(repo.get(stored.id()).leadImage()).isEqualTo("abc.png");
        Article kept = repo.saveRevision(repo.get(stored.id()).toBuilder().title("题图改").build());
        assertThat(desk.review().revisions(kept.id()).get(0).snapshot().leadImage()).as("kept in the revision").isEqualTo("abc.png");
        Article without = repo.saveWorkingCopy(repo.get(stored.id()).toBuilder().bodyHtml("<p>图删了。</p>").build());
        assertThat(without.leadImage()).isEmpty();
        assertThat(repo.get(stored.id()).leadImage()).as("a picture taken out of the body is no longer the lead").isEmpty();
        assertThat(repo.create(TestDesk.article("别的", "要闻", "无图。").toBuilder().leadImage("nowhere.png").build()).leadImage()).isEmpty();
    }

    @Test
    void keywordOrderIsKeptWhenItChanges() {
        Article a = create("稿件", "要闻", "正文");
        repo.saveWorkingCopy(a.toBuilder().keywords(List.of("政治", "国际", "外交")).build());
        assertThat(repo.get(a.id()).keywords()).containsExactly("政治", "国际", "外交");
    }

    @Test
    void autosaveUpdatesTheWorkingCopyWithoutARevision() {
        Article a = create("稿件", "要闻", "正文");
        clock.tick();
        Article saved = repo.saveWorkingCopy(a.toBuilder().title("改过的标题").build());
        assertThat(saved.title()).isEqualTo("改过的标题");
        assertThat(saved.updatedAt()).isAfter(a.updatedAt());
        assertThat(saved.version()).as("the creation is the article's first revision").isEqualTo(1);
        assertThat(desk.review().revisions(a.id())).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("create");
            assertThat(r.snapshot().title()).isEqualTo("稿件");
        });
    }

    @Test
    void anExplicitSaveKeepsARevisionAndBumpsTheVersion() {
        Article a = create("稿件", "要闻", "第一稿");
        Article v1 = repo.saveRevision(a);
        Article v2 = repo.saveRevision(v1.toBuilder().bodyHtml("<p>第二稿</p>").build());
        assertThat(v1.version()).isEqualTo(2);
        assertThat(v2.version()).isEqualTo(3);
        List<Revision> revisions = desk.review().revisions(a.id());
        assertThat(revisions).extracting(Revision::version).containsExactly(3L, 2L, 1L);
        assertThat(revisions.get(1).snapshot().bodyHtml()).isEqualTo("<p>第一稿</p>");
        assertThat(revisions.get(0).snapshot().bodyHtml()).isEqualTo("<p>第二稿</p>");
        assertThat(revisions.get(0).snapshot().keywords()).containsExactly("国际", "外交");
    }

    @Test
    void aStatusChangeIsRecordedAsARevision() {
        Article a = create("稿件", "要闻", "正文");
        Article moved = desk.review().submit(a.id(), "编辑甲");
        assertThat(moved.status()).isEqualTo(Status.IN_REVIEW);
        assertThat(desk.review().revisions(a.id())).hasSize(2).first().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("status:in_review");
            assertThat(r.snapshot().status()).isEqualTo(Status.IN_REVIEW);
        });
    }

    @Test
    void savingAnArticleThatIsGoneIsReported() {
        Article ghost = TestDesk.article("不存在", "要闻", "正文").toBuilder().id(999).build();
        assertThatThrownBy(() -> repo.saveWorkingCopy(ghost))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.ARTICLE_NOT_FOUND));
    }

    @Test
    void theListIsNewestChangeFirst() {
        Article a = create("甲", "要闻", "正文");
        Article b = create("乙", "要闻", "正文");
        Article c = create("丙", "要闻", "正文");
        clock.tick();
        repo.saveWorkingCopy(a.toBuilder().title("甲（改）").build());
        assertThat(repo.list(ArticleQuery.all())).extracting(ArticleSummary::id).containsExactly(a.id(), c.id(), b.id());
    }

    @Test
    void filtersByStatusAndChannel() {
        Article a = create("甲", "要闻", "正文");
        create("乙", "社会", "正文");
        approve(a);
        assertThat(repo.list(ArticleQuery.all().withChannel("社会"))).extracting(ArticleSummary::title).containsExactly("乙");
        assertThat(repo.list(ArticleQuery.all().withStatus(Status.APPROVED))).extracting(ArticleSummary::title).containsExactly("甲");
        assertThat(repo.list(ArticleQuery.all().withStatus(Status.APPROVED).withChannel("社会"))).isEmpty();
    }

    @Test
    void searchFindsChineseSubstringsOfAnyLength() {
        Article a = create("外交部国际司强化理论武装", "要闻", "践行“两个维护”，推进人类命运共同体。");
        Article b = create("社区协商", "社会", "老旧小区加装电梯有了新办法。");
        assertThat(search("国际司")).containsExactly(a.id());
        assertThat(search("外交")).containsExactly(a.id());
        assertThat(search("梯")).containsExactly(b.id());
        assertThat(search("装")).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(search("命运共同体")).containsExactly(a.id());
        assertThat(search("两个 维护")).containsExactly(a.id());
        assertThat(search("电梯 外交")).isEmpty();
        assertThat(search("国际部")).isEmpty();
    }

    @Test
    void searchResultsAreNewestChangeFirstToo() {
        Article a = create("国际新闻甲", "要闻", "正文");
        Article b = create("国际新闻乙", "要闻", "正文");
        Article c = create("国际新闻丙", "要闻", "正文");
        assertThat(search("国际")).containsExactly(c.id(), b.id(), a.id());
        clock.tick();
        repo.saveWorkingCopy(a.toBuilder().bodyHtml("<p>改过</p>").build());
        desk.review().submit(b.id(), "编辑甲");
        assertThat(search("国际")).containsExactly(a.id(), b.id(), c.id());
    }

    @Test
    void searchDoesNotMatchAcrossPunctuation() {
        Article a = create("标题", "要闻", "国际，司法改革");
        assertThat(search("国际司")).isEmpty();
        assertThat(search("司法")).containsExactly(a.id());
    }

    @Test
    void searchFindsLatinWordsByPrefixAndIgnoresCase() {
        Article a = create("世卫组织(WHO)发布报告", "要闻", "COVID-19 疫苗");
        assertThat(search("who")).containsExactly(a.id());
        assertThat(search("covid")).containsExactly(a.id());
        assertThat(search("Covid 19")).containsExactly(a.id());
        assertThat(search("vaccine")).isEmpty();
    }

    @Test
    void searchFollowsEditsAndDeletions() {
        Article a = create("标题", "要闻", "旧的正文");
        repo.saveWorkingCopy(a.toBuilder().bodyHtml("<p>新的内容</p>").build());
        assertThat(search("旧的")).isEmpty();
        assertThat(search("新的内容")).containsExactly(a.id());
        repo.delete(a.id());
        assertThat(search("新的内容")).isEmpty();
    }

    @Test
    void searchSeesAutosavedTextEvenAfterACrash() {
        Article a = create("标题", "要闻", "旧的正文");
        repo.saveWorkingCopy(a.toBuilder().bodyHtml("<p>刚刚自动保存的段落</p>").build());
        // the process dies before anything searched: the pending mark is in the file
        desk.close();
        open();
        assertThat(search("自动保存")).containsExactly(a.id());
        assertThat(search("旧的")).isEmpty();
    }

    @Test
    void anAutosaveIsNotIndexedUntilSomeoneSearches() throws Exception {
        Article a = create("标题", "要闻", "正文");
        repo.saveWorkingCopy(a.toBuilder().bodyHtml("<p>新的内容</p>").build());
        assertThat(sql("SELECT count(*) FROM search_pending")).isEqualTo(1);
        assertThat(search("新的")).containsExactly(a.id());
    }

    @Test
    void searchWithOnlyPunctuationListsEverything() {
        create("甲", "要闻", "正文");
        create("乙", "要闻", "正文");
        assertThat(search("，。！")).hasSize(2);
    }

    private List<Long> search(String q) {
        return repo.list(ArticleQuery.all().withSearch(q)).stream().map(ArticleSummary::id).toList();
    }

    @Test
    void deletedArticlesLeaveTheListAndComeBackOnRestore() {
        Article a = create("甲", "要闻", "正文");
        repo.delete(a.id());
        assertThat(repo.list(ArticleQuery.all())).isEmpty();
        assertThat(repo.find(a.id())).isEmpty();
        repo.undelete(a.id());
        assertThat(repo.get(a.id()).title()).isEqualTo("甲");
    }

    @Test
    void duplicateCopiesFieldsAndImagesAsANewDraft() {
        Article a = create("原稿", "要闻", "正文");
        approve(a);
        ImageAsset img = new ImageAsset("abc.png", "image/png", new byte[] {1, 2, 3});
        repo.putImage(a.id(), img);
        Article copy = repo.duplicate(a.id(), "（副本）");
        assertThat(copy.id()).isNotEqualTo(a.id());
        assertThat(copy.title()).isEqualTo("原稿（副本）");
        assertThat(copy.status()).isEqualTo(Status.DRAFT);
        assertThat(copy.keywords()).isEqualTo(a.keywords());
        assertThat(repo.images(copy.id())).containsExactly(img);
    }

    @Test
    void imagesAreStoredPerArticleAndReplacedByName() {
        Article a = create("甲", "要闻", "正文");
        repo.putImage(a.id(), new ImageAsset("x.png", "image/png", new byte[] {1}));
        repo.putImage(a.id(), new ImageAsset("x.png", "image/png", new byte[] {2}));
        assertThat(repo.images(a.id())).singleElement().satisfies(i -> assertThat(i.data()).containsExactly(2));
    }

    @Test
    void createAllStoresEverythingOrNothing() throws Exception {
        // the third article fails inside the database, after the first two went in
        refuseInDatabase("坏稿");
        Article good = TestDesk.article("好稿", "要闻", "正文");
        Article alsoGood = TestDesk.article("好稿二", "要闻", "正文");
        Article broken = TestDesk.article("坏稿", "要闻", "正文");
        assertThatThrownBy(() -> repo.createAll(List.of(good, alsoGood, broken).stream().map(x -> new NewArticle(x, List.of())).toList()))
                .isInstanceOf(CopydeskException.class);
        assertThat(repo.count()).isZero();
        assertThat(repo.keywordUses()).isEmpty();
    }

    @Test
    void everyKeywordPutOnAnArticleCountsAsAUseAndTakingItOffTakesItBack() {
        create("甲", "要闻", "正文");
        create("乙", "要闻", "正文");
        Article c = create("丙", "要闻", "正文");
        assertThat(repo.keywordUses()).containsExactly(new KeywordUse("国际", 3), new KeywordUse("外交", 3));
        repo.saveWorkingCopy(c.toBuilder().keywords(List.of("外交", "政治")).build());
        assertThat(repo.keywordUses()).containsExactly(new KeywordUse("外交", 3), new KeywordUse("国际", 2), new KeywordUse("政治", 1));
        repo.saveWorkingCopy(c.toBuilder().keywords(List.of("外交", "政治")).bodyHtml("<p>改</p>").build());
        assertThat(repo.keywordUses()).contains(new KeywordUse("政治", 1));
    }



    private void approve(Article a) {
        desk.review().submit(a.id(), "编辑甲");
        TestDesk.approve(desk, a.id(), "校对乙");
    }

    // ---- the one door: every caller's writes pass the same rules -----------------------------------

    @Test
    void everyArticleGetsAUuidThatNoOtherHas() {
        Article a = create("甲", "要闻", "正文");
        Article b = create("乙", "要闻", "正文");
        assertThat(a.uuid()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(b.uuid()).isNotEqualTo(a.uuid());
        assertThat(repo.get(a.id()).uuid()).isEqualTo(a.uuid());
        assertThat(repo.duplicate(a.id(), "（副本）").uuid()).isNotIn(a.uuid(), b.uuid());
    }

    @Test
    void aSaveKeepsTheUuidWhateverTheCallerSends() {
        Article a = create("甲", "要闻", "正文");
        Article saved = repo.saveWorkingCopy(a.toBuilder().uuid("").title("甲（改）").build());
        assertThat(saved.uuid()).isEqualTo(a.uuid());
        assertThat(repo.get(a.id()).uuid()).isEqualTo(a.uuid());
    }

    @Test
    void everyRevisionNamesTheRevisionItWasMadeFrom() {
        Article a = create("稿件", "要闻", "第一稿");
        repo.saveRevision(a);
        repo.saveRevision(a.toBuilder().bodyHtml("<p>第二稿</p>").build());
        desk.review().submit(a.id(), "编辑甲");
        List<Revision> newestFirst = desk.review().revisions(a.id());
        assertThat(newestFirst).hasSize(4);
        assertThat(newestFirst).extracting(Revision::uuid).doesNotHaveDuplicates().allMatch(u -> u.length() == 36);
        assertThat(newestFirst.get(3).parent()).as("the creation").isEmpty();
        for (int i = 0; i < 3; i++) {
            assertThat(newestFirst.get(i).parent()).isEqualTo(newestFirst.get(i + 1).uuid());
        }
        assertThat(repo.get(a.id()).revision()).as("the article names its newest revision").isEqualTo(newestFirst.get(0).uuid());
    }

    @Test
    void aBodyIsSanitisedWhoeverWritesIt() {
        Article a = repo.create(TestDesk.article("稿件", "要闻", "正文").toBuilder()
                .bodyHtml("<p onclick=\"steal()\">正文</p><script>alert(1)</script>").build());
        assertThat(a.bodyHtml()).doesNotContain("script", "onclick").contains("正文");
        Article saved = repo.saveWorkingCopy(a.toBuilder().bodyHtml("<p>改</p><img src=\"javascript:alert(1)\">").build());
        assertThat(saved.bodyHtml()).doesNotContain("javascript");
        assertThat(repo.get(a.id()).bodyHtml()).doesNotContain("javascript");
        Article imported = repo.createAll(List.of(new NewArticle(TestDesk.article("导入", "要闻", "x").toBuilder()
                .bodyHtml("<p>甲</p><iframe src=\"http://evil\"></iframe>").build(), List.of()))).get(0);
        assertThat(repo.get(imported.id()).bodyHtml()).doesNotContain("iframe");
    }

    @Test
    void anApprovedArticleWhoseWordsChangeGoesBackToReviewOnItsRecord() {
        Article a = create("稿件", "要闻", "正文");
        approve(a);
        Article approved = repo.get(a.id());
        assertThat(repo.saveWorkingCopy(approved.toBuilder().keywords(List.of("国际", "外交")).build()).status())
                .as("the same words").isEqualTo(Status.APPROVED);
        Article changed = repo.saveWorkingCopy(approved.toBuilder().title("稿件（改）").build());
        assertThat(changed.status()).isEqualTo(Status.IN_REVIEW);
        assertThat(desk.review().events(a.id())).extracting(org.copydesk.domain.ReviewEvent::kind)
                .endsWith(org.copydesk.domain.ReviewEvent.Kind.REOPENED);
    }

    @Test
    void aPublishedArticleMayBeCorrectedAndStaysPublished() {
        Article a = create("稿件", "要闻", "正文");
        approve(a);
        desk.publishing().export(List.of(a.id()), dir.resolve("site"), "测试", false, "编辑甲");
        Article published = repo.get(a.id());
        assertThat(published.status()).isEqualTo(Status.PUBLISHED);
        assertThat(repo.saveWorkingCopy(published.toBuilder().title("更正后的标题").build()).status()).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void anImageFromAnotherSiteIsDownloadedIntoTheArticleOrRefusedWithTheAddress() throws Exception {
        Article a = desk.drafts().create(TestDesk.article("远程图片", "要闻", "正文"));
        byte[] png = TestDesk.png();
        try (org.copydesk.support.PictureServer site = new org.copydesk.support.PictureServer()) {
            ImageAsset img = desk.drafts().fetchImage(a.id(), site.url("/pic.png"));
            assertThat(img.data()).isEqualTo(png);
            assertThat(desk.drafts().images(a.id())).extracting(ImageAsset::name).contains(img.name());
            assertThatThrownBy(() -> desk.drafts().fetchImage(a.id(), site.url("/page.html")))
                    .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_AN_IMAGE));
            assertThatThrownBy(() -> desk.drafts().fetchImage(a.id(), site.url("/missing.png")))
                    .isInstanceOfSatisfying(CopydeskException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.IMAGE_FETCH_FAILED);
                        assertThat(e.args()).contains(site.url("/missing.png"), "HTTP 404");
                    });
        }
        // a machine that cannot reach the address: one message, naming it
        assertThatThrownBy(() -> desk.drafts().fetchImage(a.id(), "http://127.0.0.1:1/pic.png"))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.IMAGE_FETCH_FAILED));
    }
}
