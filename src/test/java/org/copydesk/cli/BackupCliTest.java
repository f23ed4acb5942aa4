package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BackupCliTest extends DeskCliTest {

    @Test
    void aDeskIsBackedUpListedAndRestoredFromTheCommandLine() throws Exception {
        Path page = Files.writeString(dir.resolve("a.txt"), "备份前的稿件\n\n正文第一段。\n");
        assertThat(run("import", page.toString()).status()).isZero();
        assertThat(run("restore").err()).contains("还没有备份");

        Cli.Run made = run("backup");
        assertThat(made.status()).isZero();
        Path file = Path.of(made.out().strip());
        assertThat(file).exists().hasParent(dir.resolve("backups"));
        assertThat(made.err()).contains("已备份").contains("现有备份 1 份");

        Path later = Files.writeString(dir.resolve("b.txt"), "备份后的稿件\n\n正文。\n");
        assertThat(run("import", later.toString()).status()).isZero();
        Cli.Run listed = run("backup", "--list");
        assertThat(listed.out().strip()).startsWith("1\t").endsWith(file.toString());

        Cli.Run restored = run("restore", "1");
        assertThat(restored.status()).isZero();
        assertThat(restored.out()).contains("已用备份").contains("原来的文件保留在");
        assertThat(run("list").out()).contains("备份前的稿件").doesNotContain("备份后的稿件");
        try (var kept = Files.list(dir)) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("desk.db.before-restore-"));
        }

        Cli.Run missing = run("restore", "7");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("找不到备份 7");
    }
}
