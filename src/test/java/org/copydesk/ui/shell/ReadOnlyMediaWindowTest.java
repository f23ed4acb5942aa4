package org.copydesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.support.FxTestSupport.await;
import static org.copydesk.support.FxTestSupport.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.copydesk.app.LaunchOptions;
import org.copydesk.service.Desk;
import org.copydesk.support.AppWindowTest;
import org.copydesk.support.FxTestSupport;
import org.copydesk.support.TestDesk;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk whose folder cannot be written (a disc, a read-only mount; here the folder and its files
 * made immutable, which even the superuser cannot write): the window opens it to be read, says so,
 * and changes nothing.
 */
class ReadOnlyMediaWindowTest extends AppWindowTest {

    @TempDir
    Path dir;

    private static boolean chattr(String flag, Path... paths) throws Exception {
        for (Path p : paths) {
            Process proc;
            try {
                proc = new ProcessBuilder("chattr", flag, p.toString()).redirectErrorStream(true).start();
            } catch (java.io.IOException e) {
                return false;
            }
            proc.getInputStream().readAllBytes();
            if (proc.waitFor() != 0) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theWindowOpensADeskOnReadOnlyMediaToBeReadAndChangesNothing() throws Exception {
        Path media = Files.createDirectories(dir.resolve("media"));
        LaunchOptions here = FxTestSupport.options(dir);
        LaunchOptions options = new LaunchOptions(media.resolve("desk.db"), false, null, dir.resolve("preview"), here.prefs());
        try (Desk desk = Desk.open(options.database())) {
            desk.drafts().create(TestDesk.article("光盘上的稿件", "要闻", "只读介质上的一篇稿件。"));
        }
        Files.deleteIfExists(media.resolve("desk.db.lock"));
        List<Path> files;
        try (var list = Files.list(media)) {
            files = list.toList();
        }
        byte[] before = Files.readAllBytes(options.database());
        Path[] all = java.util.stream.Stream.concat(files.stream(), java.util.stream.Stream.of(media)).toArray(Path[]::new);
        Assumptions.assumeTrue(chattr("+i", all) && !Files.isWritable(media), "this file system cannot make a folder immutable");
        try {
            start(options);
            await("the desk's article", 20, () -> fx(() -> robot.lookup("#title").queryAs(TextInputControl.class).getText())
                    .equals("光盘上的稿件"));
            await("said read-only", 10, () -> fx(() -> robot.lookup("#message").queryAs(Label.class).getText()).contains("只读"));
            assertThat(fx(() -> robot.lookup("#title").queryAs(TextInputControl.class).isDisabled())).as("nothing to type into").isTrue();
            await("the preview shows it", 20, () -> previewText("h1.title").equals("光盘上的稿件"));
            stop();
            assertThat(Files.readAllBytes(options.database())).as("the desk file untouched").isEqualTo(before);
        } finally {
            chattr("-i", all);
        }
    }
}
