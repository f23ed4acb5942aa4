package org.copydesk.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.support.FxTestSupport.await;
import static org.copydesk.support.FxTestSupport.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.copydesk.app.LaunchOptions;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.service.Backup;
import org.copydesk.service.Desk;
import org.copydesk.support.AppWindowTest;
import org.copydesk.support.FxTestSupport;
import org.copydesk.support.TestDesk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 文件 > 从备份恢复…: the backups listed, one restored, the window back on it, the old file kept. */
class RestoreWindowTest extends AppWindowTest {

    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private List<String> titles() {
        // while the window is rebuilt on the restored desk the list may be missing for a moment
        return fx(() -> robot.lookup("#drafts").tryQuery().map(n -> ((ListView<ArticleSummary>) n).getItems().stream()
                .map(ArticleSummary::title).toList()).orElse(List.of()));
    }

    @Test
    void aBackupIsRestoredAndTheWindowReopensOnIt() throws Exception {
        LaunchOptions options = FxTestSupport.options(dir);
        Backup before;
        try (Desk desk = Desk.open(options.database())) {
            desk.drafts().create(TestDesk.article("备份里的稿件", "要闻", "正文。"));
            before = desk.backups().make();
            desk.drafts().create(TestDesk.article("备份之后的稿件", "要闻", "正文。"));
        }
        start(options);
        await("both drafts listed", 20, () -> titles().containsAll(List.of("备份里的稿件", "备份之后的稿件")));

        FxTestSupport.runFx(() -> robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-restoreBackup".equals(i.getId()))
                .findFirst().map(MenuItem.class::cast).orElseThrow().fire());
        await("the backups listed", 20, () -> robot.lookup("#restore-list").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        List<Path> listed = fx(() -> ((ListView<Backup>) robot.lookup("#restore-list").query()).getItems().stream()
                .map(Backup::file).toList());
        assertThat(listed).contains(before.file());
        FxTestSupport.snapshotIfAsked(fx(() -> robot.lookup("#restore-list").query().getScene()), "restore-dialog");
        robot.clickOn("#restore-do");

        await("the window back on the backup", 30, () -> titles().equals(List.of("备份里的稿件")));
        try (var files = Files.list(options.database().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("the replaced file kept")
                    .anyMatch(n -> n.startsWith(options.database().getFileName() + ".before-restore-"));
        }
    }
}
