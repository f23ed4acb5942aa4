package org.copydesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleQuery;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.MergeView;
import org.copydesk.domain.Problem;
import org.copydesk.domain.ReviewEvent;
import org.copydesk.l10n.Messages;
import org.copydesk.site.SiteProfiles;
import org.copydesk.support.TcpProxy;
import org.copydesk.support.TestDesk;
import org.copydesk.support.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shared desk as several people use it at once, on a real PostgreSQL server: edits that meet,
 * changes heard by the others, who has an article open, and what goes wrong with servers.
 */
class SharedDeskTest {

    @TempDir
    Path dir;

    private String address;
    private Desk jia;
    private Desk yi;

    @BeforeAll
    static void chinese() {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    @BeforeEach
    void open() {
        TestPostgres.require();
        address = TestPostgres.newDatabase();
        jia = Desk.openShared(address, TestPostgres.PASSWORD, SiteProfiles.reference(), "罗文");
        yi = Desk.openShared(address, TestPostgres.PASSWORD, SiteProfiles.reference(), "陈静");
    }

    @AfterEach
    void close() {
        if (jia != null) {
            jia.close();
        }
        if (yi != null) {
            yi.close();
        }
    }

    private static String body(String... paragraphs) {
        StringBuilder b = new StringBuilder();
        for (String p : paragraphs) {
            b.append("<p>").append(p).append("</p>");
        }
        return b.toString();
    }

    private Article threeParagraphs() {
        return jia.drafts().create(TestDesk.article("社区协商议事", "要闻", "第一段。", "第二段。", "第三段。"));
    }

    // ---- edits that meet -------------------------------------------------------------------------

    @Test
    void aWriteBasedOnAnOldVersionIsRefusedAndNamesWhoWroteSince() {
        Article a = threeParagraphs();
        Article seenByYi = yi.drafts().get(a.id());
        jia.drafts().saveWorkingCopy(jia.drafts().get(a.id()).toBuilder().bodyHtml(body("第一段（罗文改）。", "第二段。", "第三段。")).build());

        assertThatThrownBy(() -> yi.drafts().saveWorkingCopy(seenByYi.toBuilder().title("陈静的标题").build()))
                .isInstanceOfSatisfying(CopydeskException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.EDIT_CONFLICT);
                    assertThat(e.args()[1]).isEqualTo("罗文");
                });
        assertThat(jia.drafts().get(a.id()).bodyHtml()).contains("罗文改");
        assertThat(jia.drafts().get(a.id()).title()).isEqualTo("社区协商议事");
    }

    @Test
    void theSamePersonInTwoWindowsDoesNotOverwriteTheirOwnNewerWords() {
        Article a = threeParagraphs();
        try (Desk secondWindow = Desk.openShared(address, TestPostgres.PASSWORD, SiteProfiles.reference(), "罗文")) {
            Article old = secondWindow.drafts().get(a.id());
            jia.drafts().saveWorkingCopy(jia.drafts().get(a.id()).toBuilder().title("新标题").build());
            assertThatThrownBy(() -> secondWindow.drafts().saveWorkingCopy(old.toBuilder().summary("旧窗口的摘要").build()))
                    .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.EDIT_CONFLICT));
        }
        assertThat(jia.drafts().get(a.id()).title()).isEqualTo("新标题");
    }

    @Test
    void editsInDifferentParagraphsMergeCleanly() {
        Article a = threeParagraphs();
        Article base = yi.drafts().get(a.id());
        jia.drafts().saveWorkingCopy(jia.drafts().get(a.id()).toBuilder().bodyHtml(body("第一段（罗文改）。", "第二段。", "第三段。")).build());
        Article mine = base.toBuilder().bodyHtml(body("第一段。", "第二段。", "第三段（陈静改）。")).build();

        DraftService.EditMerge m = yi.drafts().mergeEdit(base, mine);
        assertThat(m.clean()).isTrue();
        Article saved = yi.drafts().saveMerged(m.merged(), m.theirs());

        assertThat(saved.bodyHtml()).contains("罗文改").contains("陈静改");
        assertThat(jia.drafts().get(a.id()).bodyHtml()).isEqualTo(saved.bodyHtml());
    }

    @Test
    void editsOfTheSameParagraphAreSettledByThePersonFromBaseMineAndTheirs() {
        Article a = threeParagraphs();
        Article base = yi.drafts().get(a.id());
        jia.drafts().saveWorkingCopy(jia.drafts().get(a.id()).toBuilder().bodyHtml(body("第一段。", "第二段（罗文的说法）。", "第三段。")).build());
        Article mine = base.toBuilder().bodyHtml(body("第一段。", "第二段（陈静的说法）。", "第三段。")).build();

        DraftService.EditMerge m = yi.drafts().mergeEdit(base, mine);
        assertThat(m.clean()).isFalse();
        MergeView view = m.view();
        assertThat(view.theirsBy()).isEqualTo("罗文");
        assertThat(view.theirsAt()).isNotNull();
        MergeView.Part part = view.parts().get(0);
        assertThat(part.base()).contains("第二段。");
        assertThat(part.mine()).contains("陈静的说法");
        assertThat(part.theirs()).contains("罗文的说法");

        Article settled = yi.drafts().resolveEdit(base, mine, Map.of(part.key(), "第二段（两人商定的说法）。"));
        assertThat(settled.bodyHtml()).contains("两人商定的说法").doesNotContain("陈静的说法");
        assertThat(jia.drafts().get(a.id()).bodyHtml()).contains("两人商定的说法");
    }

    // ---- the review record and names -------------------------------------------------------------------

    @Test
    void theReviewRecordIsSharedWithEachPersonsName() {
        Article a = threeParagraphs();
        jia.review().addNote(a.id(), 0, "", "请核对人名。", "罗文");
        yi.review().addNote(a.id(), 1, "", "已核对。", "陈静");
        assertThat(jia.review().notes(a.id())).extracting(n -> n.author() + "：" + n.body())
                .containsExactly("罗文：请核对人名。", "陈静：已核对。");
        yi.drafts().saveWorkingCopy(yi.drafts().get(a.id()).toBuilder().title("改过的标题").build());
        assertThat(jia.drafts().list(ArticleQuery.all())).singleElement().satisfies(s -> assertThat(s.title()).isEqualTo("改过的标题"));
    }

    // ---- live ----------------------------------------------------------------------------------------

    @Test
    void anotherClientsSaveIsHeard() throws Exception {
        Article a = threeParagraphs();
        BlockingQueue<Long> heard = new ArrayBlockingQueue<>(100);
        try (AutoCloseable watch = yi.live().watch(heard::add)) {
            waitUntilListening(heard, a.id());
            jia.drafts().saveWorkingCopy(jia.drafts().get(a.id()).toBuilder().title("新标题").build());
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(a.id());
            // a client does not hear its own writes
            yi.drafts().saveWorkingCopy(yi.drafts().get(a.id()).toBuilder().title("又一个标题").build());
            Article other = jia.drafts().create(TestDesk.article("另一篇", "要闻", "正文。"));
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(other.id());
        }
    }

    /** The listener starts on its own thread: writes until it hears one, then drains what it heard. */
    private void waitUntilListening(BlockingQueue<Long> heard, long id) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (heard.poll(100, TimeUnit.MILLISECONDS) == null) {
            assertThat(System.nanoTime()).as("the listener never heard anything").isLessThan(until);
            jia.drafts().saveWorkingCopy(jia.drafts().get(id));
        }
        heard.clear();
    }

    @Test
    void anArticleOpenElsewhereShowsWhoHasItAndCanBeTakenOver() {
        Article a = threeParagraphs();
        assertThat(jia.live().open(a.id())).isEmpty();
        // opening it again from the same window keeps it
        assertThat(jia.live().open(a.id())).isEmpty();
        Optional<LiveService.Holder> holder = yi.live().open(a.id());
        assertThat(holder).hasValueSatisfying(h -> assertThat(h.who()).isEqualTo("罗文"));

        yi.live().takeOver(a.id());
        assertThat(jia.live().heartbeat(a.id())).as("the first window learns it was taken over").isFalse();
        assertThat(jia.live().open(a.id())).hasValueSatisfying(h -> assertThat(h.who()).isEqualTo("陈静"));
        assertThat(jia.review().events(a.id())).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(ReviewEvent.Kind.TAKEN_OVER);
            assertThat(e.who()).isEqualTo("陈静");
            assertThat(e.text()).isEqualTo("罗文");
        });

        yi.live().release(a.id());
        assertThat(jia.live().open(a.id())).isEmpty();
    }

    @Test
    void aLockLeftByAWindowThatWentAwayIsFreeAfterTwoMinutes() {
        Article a = threeParagraphs();
        DraftServiceTest.MutableClock clock = new DraftServiceTest.MutableClock(Instant.now());
        try (Desk gone = Desk.openShared(address, TestPostgres.PASSWORD, SiteProfiles.reference(), "王强", clock)) {
            assertThat(gone.live().open(a.id())).isEmpty();
        }
        assertThat(yi.live().open(a.id())).hasValueSatisfying(h -> assertThat(h.who()).isEqualTo("王强"));
        clock.advance(LiveService.STALE.plusSeconds(1));
        try (Desk later = Desk.openShared(address, TestPostgres.PASSWORD, SiteProfiles.reference(), "陈静", clock)) {
            assertThat(later.live().open(a.id())).isEmpty();
        }
    }

    // ---- hostile input -------------------------------------------------------------------------------

    @Test
    void hostileTitlesAndSearchesAreOnlyText() {
        List<String> hostile = List.of("'); DROP TABLE article; --", "\" OR 1=1 --", "%", "_", "\\", "a' || pg_sleep(5) || '",
                "$$; DELETE FROM note; $$", "标题'；DELETE FROM article WHERE '1'='1");
        for (String title : hostile) {
            jia.drafts().create(TestDesk.article(title, "要闻", "正文里也有 " + title));
        }
        jia.drafts().create(TestDesk.article("普通的稿件", "要闻", "普通的正文。"));
        List<String> titles = yi.drafts().list(ArticleQuery.all()).stream().map(s -> s.title()).toList();
        assertThat(titles).hasSize(hostile.size() + 1).containsAll(hostile);
        for (String q : hostile) {
            // a search with nothing to search by (only punctuation) narrows nothing; none is run as SQL
            List<String> found = yi.drafts().list(ArticleQuery.all().withSearch(q)).stream().map(s -> s.title()).toList();
            assertThat(found).as(q).contains(q);
        }
        assertThat(TestPostgres.count(TestPostgres.databaseOf(address), "SELECT count(*) FROM article")).isEqualTo(hostile.size() + 1);
        assertThat(yi.drafts().list(ArticleQuery.all().withSearch("DROP TABLE"))).singleElement()
                .satisfies(s -> assertThat(s.title()).isEqualTo(hostile.get(0)));
        assertThat(yi.drafts().list(ArticleQuery.all().withSearch("普通"))).singleElement()
                .satisfies(s -> assertThat(s.title()).isEqualTo("普通的稿件"));
    }

    // ---- servers -----------------------------------------------------------------------------------

    @Test
    void aWrongPasswordIsSaidSoWithoutTheTypedPassword() {
        assertThatThrownBy(() -> Desk.openShared(address, "not-the-password-xyz", SiteProfiles.reference(), "罗文"))
                .isInstanceOfSatisfying(CopydeskException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.SERVER_AUTH);
                    assertThat(message(e)).doesNotContain("not-the-password-xyz").contains("用户名或密码不对");
                });
    }

    @Test
    void aServerThatIsNotThereIsSaidSo() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        assertThatThrownBy(() -> Desk.openShared("postgresql://127.0.0.1:" + closed + "/desk?user=copydesk", "x", SiteProfiles.reference(), "罗文"))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.SERVER_UNREACHABLE));
    }

    @Test
    void aMissingDatabaseIsSaidSo() {
        String missing = address.replaceFirst("/desk_[0-9_]+\\?", "/no_such_desk?");
        assertThatThrownBy(() -> Desk.openShared(missing, TestPostgres.PASSWORD, SiteProfiles.reference(), "罗文"))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.SERVER_NO_DATABASE));
    }

    @Test
    void aDatabaseOfSomethingElseIsRefusedAndLeftAlone() throws Exception {
        String other = TestPostgres.newDatabase();
        TestPostgres.admin(TestPostgres.databaseOf(other), "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total NUMERIC)");
        TestPostgres.admin(TestPostgres.databaseOf(other), "INSERT INTO invoices VALUES (1, 99.5)");
        assertThatThrownBy(() -> Desk.openShared(other, TestPostgres.PASSWORD, SiteProfiles.reference(), "罗文"))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_A_DESK));
        assertThat(TestPostgres.count(TestPostgres.databaseOf(other), "SELECT count(*) FROM invoices")).isEqualTo(1);
        assertThat(TestPostgres.count(TestPostgres.databaseOf(other),
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")).isEqualTo(1);
    }

    @Test
    void aDeskOfANewerVersionIsRefused() {
        TestPostgres.admin(TestPostgres.databaseOf(address), "UPDATE copydesk_schema SET version = 99");
        assertThatThrownBy(() -> Desk.openShared(address, TestPostgres.PASSWORD, SiteProfiles.reference(), "罗文"))
                .isInstanceOfSatisfying(CopydeskException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.DB_NEWER_VERSION);
                    assertThat(message(e)).contains("99");
                });
    }

    @Test
    void aConnectionTheServerDroppedIsOpenedAgain() {
        Article a = threeParagraphs();
        jia.drafts().get(a.id());
        TestPostgres.admin(TestPostgres.databaseOf(address), "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                + "WHERE datname = current_database() AND pid <> pg_backend_pid()");
        Article saved = jia.drafts().saveWorkingCopy(jia.drafts().get(a.id()).toBuilder().title("断线后保存").build());
        assertThat(yi.drafts().get(a.id()).title()).isEqualTo(saved.title());
    }

    @Test
    void whatIsTypedWhileTheServerIsAwayIsKeptHereAndSavedWhenItIsBack() throws Exception {
        Article a = threeParagraphs();
        Path unsent = dir.resolve("unsent");
        String viaProxy;
        try (TcpProxy proxy = new TcpProxy(TestPostgres.port())) {
            viaProxy = address.replaceFirst(":" + TestPostgres.port() + "/", ":" + proxy.port() + "/");
            Article typed;
            try (Desk away = Desk.openShared(viaProxy, TestPostgres.PASSWORD, SiteProfiles.reference(), "陈静",
                    java.time.Clock.systemUTC(), unsent)) {
                Article open = away.drafts().get(a.id());
                proxy.down();
                typed = open.toBuilder().title("服务器不在时写的标题").bodyHtml(body("第一段。", "离线时写的第二段。", "第三段。")).build();
                assertThatThrownBy(() -> away.drafts().saveWorkingCopy(typed))
                        .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.SERVER_UNREACHABLE));
                assertThat(away.drafts().unsent()).singleElement().satisfies(k -> assertThat(k.title()).isEqualTo("服务器不在时写的标题"));
                proxy.up();
                // the same window, once the server is back: the next save goes through and the kept copy goes
                Article saved = away.drafts().saveWorkingCopy(typed);
                assertThat(saved.title()).isEqualTo("服务器不在时写的标题");
                assertThat(away.drafts().unsent()).isEmpty();
            }
            // a window closed while the server was away: the kept draft is sent at the next start
            try (Desk away = Desk.openShared(viaProxy, TestPostgres.PASSWORD, SiteProfiles.reference(), "陈静",
                    java.time.Clock.systemUTC(), unsent)) {
                Article open = away.drafts().get(a.id());
                proxy.down();
                Article second = open.toBuilder().summary("离线写的摘要").build();
                assertThatThrownBy(() -> away.drafts().saveWorkingCopy(second)).isInstanceOf(CopydeskException.class);
            }
            assertThat(Files.list(unsent).count()).isEqualTo(1);
            proxy.up();
            try (Desk back = Desk.openShared(viaProxy, TestPostgres.PASSWORD, SiteProfiles.reference(), "陈静",
                    java.time.Clock.systemUTC(), unsent)) {
                List<DraftService.Resent> resent = back.drafts().resendUnsent("（本机保存的修改）");
                assertThat(resent).singleElement().satisfies(r -> assertThat(r.asCopy()).isFalse());
                assertThat(back.drafts().get(a.id()).summary()).isEqualTo("离线写的摘要");
                assertThat(back.drafts().unsent()).isEmpty();
            }
        }
    }

    @Test
    void aKeptDraftWhoseArticleChangedMeanwhileIsStoredBesideIt() throws Exception {
        Article a = threeParagraphs();
        Path unsent = dir.resolve("unsent");
        try (TcpProxy proxy = new TcpProxy(TestPostgres.port())) {
            String viaProxy = address.replaceFirst(":" + TestPostgres.port() + "/", ":" + proxy.port() + "/");
            try (Desk away = Desk.openShared(viaProxy, TestPostgres.PASSWORD, SiteProfiles.reference(), "陈静",
                    java.time.Clock.systemUTC(), unsent)) {
                Article open = away.drafts().get(a.id());
                proxy.down();
                assertThatThrownBy(() -> away.drafts().saveWorkingCopy(open.toBuilder().title("陈静离线改的标题").build()))
                        .isInstanceOf(CopydeskException.class);
            }
            jia.drafts().saveWorkingCopy(jia.drafts().get(a.id()).toBuilder().title("罗文在线改的标题").build());
            proxy.up();
            try (Desk back = Desk.openShared(viaProxy, TestPostgres.PASSWORD, SiteProfiles.reference(), "陈静",
                    java.time.Clock.systemUTC(), unsent)) {
                List<DraftService.Resent> resent = back.drafts().resendUnsent("（本机保存的修改）");
                assertThat(resent).singleElement().satisfies(r -> {
                    assertThat(r.asCopy()).isTrue();
                    assertThat(r.title()).isEqualTo("陈静离线改的标题（本机保存的修改）");
                    assertThat(back.drafts().get(r.id()).bodyHtml()).contains("第二段");
                });
            }
        }
        assertThat(jia.drafts().get(a.id()).title()).isEqualTo("罗文在线改的标题");
    }

    private static String message(CopydeskException e) {
        return Messages.get().get("problem." + e.problem().name(), e.args());
    }
}
