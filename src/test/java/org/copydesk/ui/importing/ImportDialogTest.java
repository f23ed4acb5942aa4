package org.copydesk.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.support.FxTestSupport.await;
import static org.copydesk.support.FxTestSupport.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.copydesk.domain.Receipt;
import org.copydesk.site.SiteProfiles;
import org.copydesk.service.Desk;
import org.copydesk.ui.fx.FxTaskRunner;
import org.copydesk.ui.importing.ImportDialog;
import org.copydesk.ui.importing.ImportViewModel;
import org.copydesk.support.DialogTest;
import org.junit.jupiter.api.Test;

/** The import report window, headless: progress, the report of each file, and storing on request. */
class ImportDialogTest extends DialogTest {

    @Test
    void theReportIsShownBeforeAnythingIsStored() throws Exception {
        desk = Desk.open(dir.resolve("desk.db"));
        runner = new FxTaskRunner();
        Path page = Files.writeString(dir.resolve("page.txt"), "首頁>要聞\n協(xié)商見成效\n2021年05月13日 08:43 | 來源:人民網\n社區協(xié)商會開得好.\n編輯:羅文\n");
        Path bad = Files.writeString(dir.resolve("empty.html"), "");
        ImportViewModel vm = new ImportViewModel(desk.imports(), runner);
        List<Receipt> stored = new CopyOnWriteArrayList<>();
        fx(() -> {
            new ImportDialog(null, vm, stored::addAll).show();
            vm.read(List.of(page, bad));
            return null;
        });
        await("both files read", 20, () -> vm.rows().size() == 2 && !vm.readingProperty().get());
        String details = fx(() -> robot.lookup("#import-details").queryAs(TextArea.class).getText());
        assertThat(details).contains("拼音注音：改动 2 处", "识别出频道：要闻", "识别出编辑：罗文", "未识别出作者");
        // what changed, not only how much: each change before → after, at its place
        assertThat(details).contains("　　标题：協(xié)商見 → 協商見", "　　第 1 段：區協(xié)商會 → 區協商會",
                "　　标题：協商見成效 → 协商见成效");
        assertThat(details.indexOf("拼音注音：改动 2 处")).isLessThan(details.indexOf("　　标题：協(xié)商見 → 協商見"));
        assertThat(fx(() -> robot.lookup("#import-summary").queryAs(Label.class).getText()))
                .isEqualTo("2 个文件：可导入 1 篇稿件，1 个文件无法导入");
        assertThat(desk.drafts().count()).isZero();
        robot.clickOn("#import-store");
        await("stored", 20, () -> !stored.isEmpty());
        assertThat(desk.drafts().get(stored.get(0).id()).title()).isEqualTo("协商见成效");
        assertThat(desk.drafts().count()).isEqualTo(1);
    }
}
