package org.copydesk.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.Receipt;
import org.copydesk.l10n.Messages;
import org.copydesk.site.SiteProfiles;
import org.copydesk.service.ImportService;
import org.copydesk.service.Desk;
import org.copydesk.support.ManualTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {

    @TempDir
    Path dir;

    private Desk desk;
    private ImportViewModel vm;

    @BeforeEach
    void open() {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
        desk = Desk.open(dir.resolve("desk.db"));
        vm = new ImportViewModel(desk.imports(), new ManualTaskRunner());
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void readsEveryFileShowsItsOutcomeAndStoresOnlyWhenAsked() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "協(xié)商見成效\n2021-05-13 08:43 來源:人民網\n社區協(xié)商會開得好.\n");
        Path archive = Files.writeString(dir.resolve("a.jsonl"), "{\"title\": \"甲\"}\n{\"title\": \"乙\"}\n");
        Path bad = Files.write(dir.resolve("bad.html"), new byte[] {0, 1, 2, 3, 0, 5});
        vm.read(List.of(good, archive, bad));
        assertThat(vm.rows()).hasSize(3);
        assertThat(vm.rows().get(0).ok()).isTrue();
        assertThat(vm.rows().get(0).headline()).startsWith("协商见成效").contains("拼音注音 2").contains("繁简转换");
        assertThat(vm.rows().get(0).details()).anyMatch(l -> l.startsWith("识别出来源：人民网"));
        assertThat(vm.rows().get(2).ok()).isFalse();
        assertThat(vm.rows().get(2).headline()).contains("bad.html");
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.summaryProperty().get()).isEqualTo("3 个文件：可导入 3 篇稿件，1 个文件无法导入");
        assertThat(desk.drafts().count()).as("nothing is stored before the editor says so").isZero();

        List<Receipt> stored = new ArrayList<>();
        vm.store(stored::addAll);
        assertThat(stored).extracting(Receipt::title).containsExactly("协商见成效", "甲", "乙");
        assertThat(desk.drafts().get(stored.get(0).id()).bodyHtml()).isEqualTo("<p>社区协商会开得好。</p>");
        assertThat(desk.drafts().count()).isEqualTo(3);
    }
}
