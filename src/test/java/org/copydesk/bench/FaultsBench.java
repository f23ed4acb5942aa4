package org.copydesk.bench;

import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Random;
import org.copydesk.domain.Article;
import org.copydesk.service.BackupService;
import org.copydesk.service.Desk;

/**
 * What a damaged desk gives back: a desk of N articles gets random pages of its article table
 * overwritten with garbage; the articles that can still be read one by one are counted, then
 * {@code copydesk salvage} runs, and the figure is how many of those it saved (the aim: all).
 */
final class FaultsBench {

    private FaultsBench() {
    }

    static void run(int articles, int damagedPages) throws Exception {
        PrintStream out = System.out;
        Path dir = Files.createTempDirectory("copydesk-faults");
        Path db = dir.resolve("desk.db");
        try (Desk desk = Desk.open(db)) {
            for (int i = 1; i <= articles; i++) {
                String body = ("第" + i + "号稿的正文，社区协商议事会讨论加装电梯，居民代表逐户征求意见。").repeat(8);
                desk.drafts().create(new Article.Builder().title("第" + i + "号稿件").channel("要闻").source("人民网").editor("罗文")
                        .bodyHtml("<p>标记" + String.format("%05d", i) + body + "</p>").build());
            }
        }
        byte[] file = Files.readAllBytes(db);
        Random random = new Random(42);
        int damaged = 0;
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            for (int k = 0; k < damagedPages; k++) {
                int n = 1 + random.nextInt(articles);
                int at = indexOf(file, ("标记" + String.format("%05d", n)).getBytes(StandardCharsets.UTF_8));
                if (at < 0) {
                    continue;
                }
                byte[] garbage = new byte[4096];
                random.nextBytes(garbage);
                f.seek((long) at / 4096 * 4096);
                f.write(garbage);
                damaged++;
            }
        }
        int readable = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db + "?open_mode=1")) {
            for (int id = 1; id <= articles; id++) {
                try (PreparedStatement st = c.prepareStatement("SELECT body_html FROM article WHERE id = ?")) {
                    st.setLong(1, id);
                    ResultSet rs = st.executeQuery();
                    if (rs.next() && rs.getString(1).contains("标记" + String.format("%05d", id))) {
                        readable++;
                    }
                } catch (java.sql.SQLException unreadable) {
                    // on a damaged page
                }
            }
        }
        long t0 = System.nanoTime();
        BackupService.Salvaged s = BackupService.salvage(db, dir.resolve("salvaged.db"), java.time.Clock.systemDefaultZone());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        out.printf("salvage: %d articles, %d pages overwritten with garbage; %d articles readable one by one; salvaged %d "
                + "(%.1f%% of the readable) in %d ms; places unreadable: %s%n", articles, damaged, readable, s.articles(),
                100.0 * s.articles() / Math.max(1, readable), ms, s.unreadable());
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
