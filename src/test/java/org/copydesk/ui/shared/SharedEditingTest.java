package org.copydesk.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.copydesk.domain.Article;
import org.copydesk.l10n.Messages;
import org.copydesk.service.Desk;
import org.copydesk.site.SiteProfiles;
import org.copydesk.support.ManualTaskRunner;
import org.copydesk.support.TcpProxy;
import org.copydesk.support.TestDesk;
import org.copydesk.support.TestPostgres;
import org.copydesk.ui.editor.EditorViewModel;
import org.copydesk.ui.editor.SaveState;
import org.copydesk.ui.fx.Cancellable;
import org.copydesk.ui.fx.TaskRunner;
import org.copydesk.ui.session.OpenArticle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people's windows on one shared desk, without a toolkit: the editor and the live desk as the
 * window wires them, background work at once, time moved by hand, and what the server announces
 * handed to the "FX thread" (the test's) as the window's runner would.
 */
class SharedEditingTest {

    @TempDir
    Path dir;

    private String address;
    private final java.util.List<Window> windows = new java.util.ArrayList<>();

    @BeforeAll
    static void chinese() {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    /** A runner whose work runs at once but whose hand-offs from other threads wait for the test to take them. */
    static final class Runner implements TaskRunner {
        final ManualTaskRunner manual = new ManualTaskRunner();
        final ConcurrentLinkedQueue<Runnable> fromElsewhere = new ConcurrentLinkedQueue<>();

        @Override
        public <T> Cancellable submit(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            return manual.submit(name, work, onSuccess, onFailure);
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable action) {
            return manual.schedule(delay, action);
        }

        @Override
        public void onUi(Runnable action) {
            fromElsewhere.add(action);
        }

        @Override
        public long nanoTime() {
            return manual.nanoTime();
        }

        /** Runs what arrived from other threads, then lets {@code d} pass. */
        void pass(Duration d) {
            Runnable r;
            while ((r = fromElsewhere.poll()) != null) {
                r.run();
            }
            manual.advance(d);
        }
    }

    /** One person's window: a desk, the open article, the editor and the live desk. */
    final class Window {
        final Desk desk;
        final Runner runner = new Runner();
        final OpenArticle session = new OpenArticle();
        final EditorViewModel editor;
        final SharedViewModel shared;
        final AtomicInteger listReloads = new AtomicInteger();

        Window(String who, String where) {
            desk = Desk.openShared(where, TestPostgres.PASSWORD, SiteProfiles.reference(), who, Clock.systemUTC(),
                    dir.resolve("unsent-" + who));
            editor = new EditorViewModel(desk.drafts(), desk.preview(dir.resolve("preview-" + who)), session, runner, Clock.systemDefaultZone());
            shared = new SharedViewModel(desk.live(), desk.drafts(), session, runner);
            shared.setOnListChanged(listReloads::incrementAndGet);
            shared.start();
            windows.add(this);
        }

        void open(long id) {
            editor.open(id);
        }

        /** Lets time pass until {@code done}, taking what the server announced as it comes. */
        void until(String what, BooleanSupplier done) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!done.getAsBoolean()) {
                assertThat(System.nanoTime()).as(what).isLessThan(until);
                Thread.sleep(20);
                runner.pass(Duration.ofMillis(200));
            }
        }
    }

    @BeforeEach
    void server() {
        TestPostgres.require();
        address = TestPostgres.newDatabase();
    }

    @AfterEach
    void close() {
        for (Window w : windows) {
            w.shared.close();
            w.desk.close();
        }
    }

    private long article(Window w) {
        return w.desk.drafts().create(TestDesk.article("社区协商议事", "要闻", "第一段。", "第二段。", "第三段。")).id();
    }

    @Test
    void anotherPersonsSaveReachesTheListAndTheOpenArticle() throws Exception {
        Window luo = new Window("罗文", address);
        Window chen = new Window("陈静", address);
        long id = article(luo);
        chen.open(id);
        int before = chen.listReloads.get();

        luo.open(id);
        luo.editor.titleProperty().set("罗文改的标题");
        luo.editor.flush(() -> { });

        chen.until("the change reaches the other window", () -> chen.editor.titleProperty().get().equals("罗文改的标题"));
        assertThat(chen.listReloads.get()).isGreaterThan(before);
        assertThat(chen.editor.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.SAVED);
    }

    @Test
    void anArticleOpenInOneWindowIsReadOnlyInTheOtherUntilTakenOver() throws Exception {
        Window luo = new Window("罗文", address);
        Window chen = new Window("陈静", address);
        long id = article(luo);
        luo.open(id);
        assertThat(luo.editor.editableProperty().get()).isTrue();

        chen.open(id);
        assertThat(chen.shared.heldElsewhereProperty().get()).isTrue();
        assertThat(chen.shared.heldByProperty().getValue()).contains("罗文");
        assertThat(chen.editor.editableProperty().get()).isFalse();

        chen.shared.takeOver();
        assertThat(chen.editor.editableProperty().get()).isTrue();
        assertThat(chen.shared.messageProperty().get()).contains("罗文");
        // the first window is told at once (the takeover is announced), not at its next heartbeat
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!luo.shared.heldElsewhereProperty().get()) {
            assertThat(System.nanoTime()).as("the first window is told").isLessThan(until);
            Thread.sleep(20);
            luo.runner.pass(Duration.ofMillis(100));
        }
        assertThat(luo.runner.manual.nanoTime()).isLessThan(SharedViewModel.HEARTBEAT.toNanos());
        assertThat(luo.editor.editableProperty().get()).isFalse();
        assertThat(luo.shared.messageProperty().get()).contains("陈静");
    }

    @Test
    void anAutosaveThatMeetsAnotherPersonsEditMergesAndKeepsBoth() throws Exception {
        Window luo = new Window("罗文", address);
        Window chen = new Window("陈静", address);
        long id = article(luo);
        chen.open(id);
        // 罗文 writes without the window (another program on the desk): 陈静's window has not heard yet
        luo.desk.drafts().saveWorkingCopy(luo.desk.drafts().get(id).toBuilder()
                .bodyHtml("<p>第一段（罗文改）。</p><p>第二段。</p><p>第三段。</p>").build());
        chen.editor.titleProperty().set("陈静改的标题");
        chen.editor.flush(() -> { });
        chen.runner.manual.advance(Duration.ofSeconds(3));

        Article stored = luo.desk.drafts().get(id);
        assertThat(stored.title()).isEqualTo("陈静改的标题");
        assertThat(stored.bodyHtml()).contains("罗文改");
        assertThat(chen.editor.bodyHtmlProperty().get()).contains("罗文改");
        assertThat(chen.editor.noticeProperty().get()).contains("罗文");
        assertThat(chen.editor.editConflictProperty().get()).isNull();
    }

    @Test
    void editsOfTheSamePlaceWaitForThePersonToSettleThem() throws Exception {
        Window luo = new Window("罗文", address);
        Window chen = new Window("陈静", address);
        long id = article(luo);
        chen.open(id);
        luo.desk.drafts().saveWorkingCopy(luo.desk.drafts().get(id).toBuilder().title("罗文的标题").build());
        chen.editor.titleProperty().set("陈静的标题");
        chen.editor.flush(() -> { });

        assertThat(chen.editor.editConflictProperty().get()).isNotNull();
        assertThat(chen.editor.editConflictProperty().get().theirsBy()).isEqualTo("罗文");
        // typing on does not write over 罗文's title while the places are unsettled
        chen.editor.summaryProperty().set("陈静接着写的摘要");
        chen.runner.manual.advance(Duration.ofSeconds(5));
        assertThat(luo.desk.drafts().get(id).title()).isEqualTo("罗文的标题");

        String key = chen.editor.editConflictProperty().get().parts().get(0).key();
        chen.editor.settleEdit(Map.of(key, "两人商定的标题"));
        Article stored = luo.desk.drafts().get(id);
        assertThat(stored.title()).isEqualTo("两人商定的标题");
        assertThat(stored.summary()).isEqualTo("陈静接着写的摘要");
        assertThat(chen.editor.editConflictProperty().get()).isNull();
    }

    @Test
    void whatIsTypedWhileTheServerIsAwayIsSavedWhenItReturns() throws Exception {
        long id;
        try (Desk setup = Desk.openShared(address, TestPostgres.PASSWORD, SiteProfiles.reference(), "罗文")) {
            id = setup.drafts().create(TestDesk.article("社区协商议事", "要闻", "第一段。")).id();
        }
        try (TcpProxy proxy = new TcpProxy(TestPostgres.port())) {
            Window chen = new Window("陈静", address.replaceFirst(":" + TestPostgres.port() + "/", ":" + proxy.port() + "/"));
            chen.open(id);
            proxy.down();
            chen.editor.titleProperty().set("服务器不在时写的标题");
            chen.editor.flush(() -> { });
            assertThat(chen.editor.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.FAILED);
            assertThat(chen.editor.noticeProperty().get()).contains("连不上");
            assertThat(chen.desk.drafts().unsent()).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("服务器不在时写的标题"));

            proxy.up();
            chen.runner.manual.advance(Duration.ofSeconds(6));
            assertThat(chen.editor.saveStateProperty().get().kind()).isEqualTo(SaveState.Kind.SAVED);
            assertThat(chen.editor.noticeProperty().get()).contains("已恢复");
            assertThat(chen.desk.drafts().unsent()).isEmpty();
        }
        try (Desk check = Desk.openShared(address, TestPostgres.PASSWORD, SiteProfiles.reference(), "罗文")) {
            assertThat(check.drafts().get(id).title()).isEqualTo("服务器不在时写的标题");
        }
    }
}
