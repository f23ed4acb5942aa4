package org.copydesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.copydesk.domain.Article;
import org.copydesk.service.Desk;
import org.copydesk.ui.session.OpenArticle;
import org.copydesk.text.BodyText;
import org.copydesk.ui.fx.FxTaskRunner;
import org.copydesk.ui.preview.PreviewView;
import org.copydesk.ui.preview.PreviewViewModel;

/**
 * Preview refresh after a pause, for a 20,000-character article: from the moment the debounce
 * fires to the moment the new page is in the WebView and laid out. The render and the file write
 * run in the background; only the body swap and the layout run on the FX thread.
 */
final class PreviewBench {

    private PreviewBench() {
    }

    static void run(Path out) throws Exception {
        Corpus corpus = new Corpus();
        Path dir = out.resolve("preview");
        Files.createDirectories(dir);
        Path dbFile = dir.resolve("preview.db");
        Files.deleteIfExists(dbFile);
        Files.deleteIfExists(dir.resolve("preview.db-wal"));
        Random r = new Random(11);
        Desk desk = Desk.open(dbFile);
        Article stored = desk.drafts().create(corpus.article(r, 20_000).toBuilder().channel("要闻").build());
        for (int i = 0; i < 8; i++) {
            desk.drafts().create(corpus.article(r, 1000).toBuilder().channel("要闻").build());
        }
        System.out.printf("article: %d characters%n", BodyText.stats(stored.bodyHtml()).characters());
        AtomicReference<Article> draft = new AtomicReference<>(stored);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FxTaskRunner runner = new FxTaskRunner();
        AtomicReference<PreviewViewModel> vmRef = new AtomicReference<>();
        AtomicReference<PreviewView> viewRef = new AtomicReference<>();
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            OpenArticle session = new OpenArticle();
            session.attach(OpenArticle.draftOnly(draft::get));
            session.setStored(stored);
            PreviewViewModel vm = new PreviewViewModel(desk.preview(dir.resolve("pages")), runner, session);
            PreviewView view = new PreviewView(vm);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 900, 900));
            stage.show();
            vmRef.set(vm);
            viewRef.set(view);
            view.webView().getEngine().getLoadWorker().stateProperty().addListener((o, a, s) -> {
                if (s == javafx.concurrent.Worker.State.SUCCEEDED) {
                    shown.countDown();
                }
            });
            vm.refreshNow();
        });
        if (!shown.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the preview never loaded");
        }
        Thread.sleep(500);
        int rounds = 60;
        long[] total = new long[rounds];
        for (int i = -10; i < rounds; i++) {
            String body = stored.bodyHtml().replaceFirst("</p>", "改".repeat(Math.floorMod(i, 9) + 1) + "</p>");
            draft.set(stored.toBuilder().bodyHtml(body).title(stored.title() + i).build());
            CountDownLatch done = new CountDownLatch(1);
            long[] t = new long[1];
            int round = i;
            Platform.runLater(() -> {
                PreviewViewModel vm = vmRef.get();
                javafx.beans.value.ChangeListener<PreviewViewModel.Page> l = new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends PreviewViewModel.Page> o,
                                        PreviewViewModel.Page a, PreviewViewModel.Page b) {
                        vm.pageProperty().removeListener(this);
                        // the view's listener ran first (registered earlier): force the layout of the new body
                        viewRef.get().webView().getEngine().executeScript("document.body.offsetHeight");
                        t[0] = System.nanoTime() - t[0];
                        done.countDown();
                    }
                };
                vm.pageProperty().addListener(l);
                t[0] = System.nanoTime();
                vm.refreshNow();
            });
            done.await(20, TimeUnit.SECONDS);
            if (round >= 0) {
                total[round] = t[0];
            }
            Thread.sleep(150);
        }
        System.out.println("preview refresh (render + write + swap + layout): " + Stats.ofNanos(total));
        Platform.runLater(Platform::exit);
        runner.close();
        desk.close();
    }
}
