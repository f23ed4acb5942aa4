package org.copydesk.bench;

import java.io.PrintStream;
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

    static void run(int articles, int damagedPages, int kills) throws Exception {
        salvage(articles, damagedPages);
        if (kills > 0) {
            importKills(kills);
            exportKills(kills);
            typingKills(kills);
        }
    }

    private static void salvage(int articles, int damagedPages) throws Exception {
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
        Random random = new Random(42);
        int damaged = 0;
        for (int k = 0; k < damagedPages; k++) {
            if (org.copydesk.support.FileDamage.overwritePageWith(db, "标记" + String.format("%05d", 1 + random.nextInt(articles)), random)) {
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

    // ---- kills -------------------------------------------------------------------------------------

    /** The program as a separate process on the same class path: {@code copydesk --db DB args}. */
    private static Process copydesk(Path db, Path log, String... args) throws java.io.IOException {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.copydesk.app.Launcher", "--db", db.toString()));
        cmd.addAll(java.util.List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** A copy of the seed desk in place of whatever {@code db} was. */
    private static Path freshCopy(Path seed, Path db) throws java.io.IOException {
        for (String end : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + end));
        }
        Files.copy(seed, db);
        return db;
    }

    /** Every stored article's id with a fingerprint of its words. */
    private static java.util.Map<Long, String> articles(Path db) throws Exception {
        java.util.Map<Long, String> out = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement st = c.prepareStatement("SELECT id, title, body_html FROM article WHERE deleted_at IS NULL");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2) + "|" + rs.getString(3).hashCode());
            }
        }
        return out;
    }

    private static String integrity(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "?";
        }
    }

    private static Path seedDesk(Path dir, int n) throws Exception {
        Path db = dir.resolve("seed.db");
        try (Desk desk = Desk.open(db)) {
            for (int i = 1; i <= n; i++) {
                desk.drafts().create(new Article.Builder().title("既有第" + i + "号稿件").channel("要闻").source("人民网").editor("罗文")
                        .keywords(java.util.List.of("社区", "协商", "电梯")).publishedAt(java.time.LocalDateTime.of(2021, 5, 13, 8, 43))
                        .bodyHtml("<p>" + ("第" + i + "号稿的正文，社区协商议事会讨论加装电梯。").repeat(10) + "</p>").build());
            }
        }
        return db;
    }

    /**
     * Kills an import of 200 pages at a random moment, {@code n} times: after each, the file passes
     * SQLite's integrity check, every article stored before is there unchanged, and every imported
     * article is whole.
     */
    private static void importKills(int n) throws Exception {
        PrintStream out = System.out;
        Path dir = Files.createTempDirectory("copydesk-kills");
        Path seed = seedDesk(dir, 100);
        java.util.Map<Long, String> before = articles(seed);
        java.util.List<String> pages = new java.util.ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            Path page = dir.resolve("page-" + i + ".txt");
            Files.writeString(page, "首頁>要聞\n第" + i + "篇導入稿件\n2021年05月13日 08:43 | 來源:人民網\n"
                    + ("社區協(xié)商會開得好,居民代表逐戶征求意見." ).repeat(20) + "\n編輯:羅文\n");
            pages.add(page.toString());
        }
        // how long a whole import takes, to kill within it
        Path timing = dir.resolve("timing.db");
        Files.copy(seed, timing);
        long t0 = System.nanoTime();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("import"));
        args.addAll(pages);
        copydesk(timing, dir.resolve("timing.log"), args.toArray(String[]::new)).waitFor();
        long whole = (System.nanoTime() - t0) / 1_000_000;
        Random random = new Random(11);
        int ok = 0;
        int intact = 0;
        int whole1 = 0;
        long imported = 0;
        for (int k = 0; k < n; k++) {
            Path db = freshCopy(seed, dir.resolve("kill.db"));
            Process p = copydesk(db, dir.resolve("kill.log"), args.toArray(String[]::new));
            Thread.sleep(random.nextInt((int) Math.max(1, whole)));
            p.destroyForcibly().waitFor();
            if ("ok".equals(integrity(db))) {
                ok++;
            }
            java.util.Map<Long, String> after = articles(db);
            boolean kept = before.entrySet().stream().allMatch(e -> e.getValue().equals(after.get(e.getKey())));
            if (kept) {
                intact++;
            }
            long added = after.size() - before.size();
            imported += added;
            boolean allWhole = after.entrySet().stream().filter(e -> !before.containsKey(e.getKey()))
                    .allMatch(e -> e.getValue().startsWith("第") && e.getValue().contains("篇导入稿件"));
            if (allWhole) {
                whole1++;
            }
        }
        out.printf("kills during import (200 pages into a desk of 100, whole import %d ms): %d kills; integrity ok %d/%d; "
                + "articles stored before intact %d/%d; imported articles whole %d/%d; %.1f imported on average before the kill%n",
                whole, n, ok, n, intact, n, whole1, n, (double) imported / n);
    }

    /**
     * Kills an export of the whole site at a random moment, {@code n} times, over the site as the
     * last export left it: after each, the site is the old one or the new one, never a mix, and the
     * desk passes the integrity check.
     */
    private static void exportKills(int n) throws Exception {
        PrintStream out = System.out;
        Path dir = Files.createTempDirectory("copydesk-kills");
        Path seed = seedDesk(dir, 100);
        Path old = dir.resolve("old-site");
        copydesk(seed, dir.resolve("export.log"), "export", "--all", "--anyway", "基准", "--out", old.toString()).waitFor();
        // every article retitled: the next export changes every page
        try (Desk desk = Desk.open(seed)) {
            for (var s : desk.drafts().list(org.copydesk.domain.ArticleQuery.all())) {
                Article a = desk.drafts().get(s.id());
                desk.drafts().saveRevision(a.toBuilder().title(a.title() + "（更新）").build());
            }
        }
        Path fresh = dir.resolve("new-site");
        copyTree(old, fresh);
        Path timingDb = dir.resolve("timing.db");
        Files.copy(seed, timingDb);
        long t0 = System.nanoTime();
        copydesk(timingDb, dir.resolve("export2.log"), "export", "--all", "--anyway", "基准", "--out", fresh.toString()).waitFor();
        long whole = (System.nanoTime() - t0) / 1_000_000;
        String oldSite = snapshot(old);
        String newSite = snapshot(fresh);
        Random random = new Random(13);
        int asOld = 0;
        int asNew = 0;
        int mixed = 0;
        int noted = 0;
        int ok = 0;
        for (int k = 0; k < n; k++) {
            Path site = dir.resolve("site");
            deleteTree(site);
            copyTree(old, site);
            Path db = freshCopy(seed, dir.resolve("kill.db"));
            Process p = copydesk(db, dir.resolve("kill.log"), "export", "--all", "--anyway", "基准", "--out", site.toString());
            Thread.sleep(random.nextInt((int) Math.max(1, whole)));
            p.destroyForcibly().waitFor();
            String now = snapshot(site);
            if (now.equals(oldSite)) {
                asOld++;
            } else if (now.equals(newSite)) {
                asNew++;
            } else {
                mixed++;
                if (Files.exists(site.resolve(".copydesk-switch"))) {
                    noted++;
                }
            }
            if ("ok".equals(integrity(db))) {
                ok++;
            }
        }
        out.printf("kills during export (whole site of 100 articles, every page changed, whole export %d ms): %d kills; "
                + "the site afterwards: as before %d, as after %d, a mix %d (of them noted, so the next export finishes them first: %d); "
                + "desk integrity ok %d/%d%n", whole, n, asOld, asNew, mixed, noted, ok, n);
    }

    /**
     * Kills the window {@code n} times while an editor types into the title (a keystroke every 40 ms,
     * headless), each after a random 3–9 s of typing: how much typing was lost (the time between the
     * last keystroke that survived and the kill), and the integrity check after each.
     */
    static void exportOnly(int n) throws Exception {
        exportKills(n);
    }

    static void typingKills(int n) throws Exception {
        PrintStream out = System.out;
        Random random = new Random(17);
        java.util.List<Double> lost = new java.util.ArrayList<>();
        int ok = 0;
        int runs = 0;
        for (int k = 0; k < n; k++) {
            Path dir = Files.createTempDirectory("copydesk-typing");
            java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dtestfx.robot=glass", "-Dtestfx.headless=true", "-Dprism.order=sw",
                    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dheadless.geometry=1600x1000-32", "-Djava.awt.headless=true",
                    "org.copydesk.ui.editor.TypingDriver", dir.toString()));
            Process child = new ProcessBuilder(cmd).redirectError(dir.resolve("child.err").toFile()).start();
            java.util.TreeMap<Integer, Long> typedAt = new java.util.TreeMap<>();
            long killAfter = 3000 + random.nextInt(6000);
            long killedAt = 0;
            try (java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                long started = -1;
                String line;
                while ((line = r.readLine()) != null) {
                    String[] parts = line.split(" ");
                    if (parts[0].equals("READY")) {
                        started = Long.parseLong(parts[1]);
                    } else if (parts[0].equals("TYPED")) {
                        typedAt.put(Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
                        if (started > 0 && Long.parseLong(parts[2]) - started > killAfter) {
                            break;
                        }
                    }
                }
                killedAt = System.currentTimeMillis();
                child.destroyForcibly().waitFor();
            }
            if (typedAt.isEmpty()) {
                continue;
            }
            runs++;
            Path db = dir.resolve("desk.db");
            if ("ok".equals(integrity(db))) {
                ok++;
            }
            int survived;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                 PreparedStatement st = c.prepareStatement("SELECT title FROM article ORDER BY updated_at DESC LIMIT 1");
                 ResultSet rs = st.executeQuery()) {
                survived = rs.next() ? rs.getString(1).replaceAll("[^字]", "").length() : 0;
            }
            Long lastKept = survived == 0 ? null : typedAt.get(survived);
            long from = lastKept != null ? lastKept : typedAt.firstEntry().getValue();
            lost.add(Math.max(0, killedAt - from) / 1000.0);
            if (runs % 25 == 0) {
                java.util.List<Double> sorted = new java.util.ArrayList<>(lost);
                java.util.Collections.sort(sorted);
                out.printf("  … %d kills so far: integrity ok %d, typing lost median %.2f s, max %.2f s%n", runs, ok,
                        sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
            }
            deleteTree(dir);
        }
        java.util.Collections.sort(lost);
        out.printf("kills while typing (a keystroke every 40 ms, killed after 3–9 s): %d kills; integrity ok %d/%d; typing lost: "
                + "median %.2f s, max %.2f s; over 2 s in %d%n", runs, ok, runs, lost.isEmpty() ? 0 : lost.get(lost.size() / 2),
                lost.isEmpty() ? 0 : lost.get(lost.size() - 1), lost.stream().filter(x -> x > 2.0).count());
    }

    /**
     * The site's pages and their bytes (the temporary files a killed export leaves, hidden, not
     * counted: the next export removes them).
     */
    private static String snapshot(Path site) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (var files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                // the manifest, feeds and sitemaps carry the time of the export: not part of "which site"
                // the note of files being put in place is not part of the site either
                if (name.startsWith(".") && name.endsWith(".tmp") || name.equals("site.json") || name.endsWith(".xml")
                        || name.equals(".copydesk-switch")) {
                    continue;
                }
                sb.append(site.relativize(f)).append(' ').append(java.util.Arrays.hashCode(Files.readAllBytes(f))).append('\n');
            }
        }
        return sb.toString();
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }

    private static void deleteTree(Path p) throws java.io.IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var files = Files.walk(p)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
