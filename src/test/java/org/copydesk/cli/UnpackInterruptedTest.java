package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.copydesk.app.Launcher;
import org.copydesk.domain.NewArticle;
import org.copydesk.service.Desk;
import org.copydesk.support.TestDesk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code unpack} while it writes: the package goes in whole or not at all, and the desk is
 * sound afterwards.
 */
class UnpackInterruptedTest {

    @TempDir
    Path dir;

    private static final int ARTICLES = 400;

    @Test
    void anUnpackKilledWhileWritingLeavesAllOrNothingOfThePackage() throws Exception {
        Path pkg = dir.resolve("big.cdpkg");
        try (Desk a = Desk.open(dir.resolve("a.db"))) {
            List<NewArticle> drafts = new ArrayList<>();
            String[] paragraphs = new String[40];
            java.util.Arrays.fill(paragraphs, "政协委员围绕老旧小区改造建言献策，协商议事的做法在社区落地生根。");
            for (int i = 0; i < ARTICLES; i++) {
                drafts.add(new NewArticle(TestDesk.article("稿件" + i, "要闻", paragraphs), List.of()));
            }
            a.drafts().createAll(drafts);
            a.exchange().pack(List.of(), null, pkg);
        }
        int killedWhileWriting = 0;
        for (int round = 0; round < 3; round++) {
            Path db = dir.resolve("b" + round + ".db");
            Desk.open(db).close();
            Path wal = dir.resolve("b" + round + ".db-wal");
            long before = Files.exists(wal) ? Files.size(wal) : 0;
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), Launcher.class.getName(), "--db", db.toString(), "unpack", pkg.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child" + round + ".out").toFile()).start();
            // the write has begun once the write-ahead log grows; kill it a moment (longer each round) after that
            long deadline = System.currentTimeMillis() + 60_000;
            while (child.isAlive() && System.currentTimeMillis() < deadline
                    && (!Files.exists(wal) || Files.size(wal) <= before + 4096)) {
                Thread.onSpinWait();
            }
            if (child.isAlive()) {
                long wait = System.nanoTime() + round * 40_000_000L;
                while (System.nanoTime() < wait) {
                    Thread.onSpinWait();
                }
                if (child.isAlive()) {
                    killedWhileWriting++;
                }
                child.destroyForcibly();
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("ok");
                }
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM article")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("round %d: all or nothing", round).isIn(0, ARTICLES);
                }
            }
        }
        assertThat(killedWhileWriting).as("kills that landed while the package was being written").isPositive();
    }
}
