package org.copydesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleQuery;
import org.copydesk.service.Desk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the program while an editor types and checks what survives: everything typed up to two
 * seconds before the kill must be in the database when it is opened again.
 */
class CrashTest {

    /** What autosave promises: at most this much typing is lost to a crash. */
    static final long MAX_LOSS_MS = 2000;

    @TempDir
    Path dir;

    record Keystroke(int count, long at) {
    }

    @Test
    void killingTheProcessWhileTypingLosesAtMostTheLastTwoSeconds() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        for (String p : List.of("testfx.robot", "testfx.headless", "prism.order", "glass.platform", "monocle.platform",
                "headless.geometry", "java.awt.headless")) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.add(TypingDriver.class.getName());
        command.add(dir.toString());
        Process child = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectError(dir.resolve("child.err").toFile()).start();
        List<Keystroke> typed = new ArrayList<>();
        long killedAt;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            long typingStarted = -1;
            String line;
            while ((line = out.readLine()) != null) {
                String[] parts = line.split(" ");
                if (parts[0].equals("READY")) {
                    typingStarted = Long.parseLong(parts[1]);
                } else if (parts[0].equals("TYPED")) {
                    typed.add(new Keystroke(Integer.parseInt(parts[1]), Long.parseLong(parts[2])));
                    // several autosave periods of uninterrupted typing, then the plug is pulled
                    if (typingStarted > 0 && Long.parseLong(parts[2]) - typingStarted > 6000) {
                        break;
                    }
                }
            }
            killedAt = System.currentTimeMillis();
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(typed).as("keystrokes before the kill; the typing program said:%n%s", tail(dir.resolve("child.err")))
                .hasSizeGreaterThan(40);

        int survived;
        try (Desk desk = Desk.open(dir.resolve("desk.db"))) {
            long id = desk.drafts().list(ArticleQuery.all()).get(0).id();
            Article a = desk.drafts().get(id);
            survived = a.title().length();
            assertThat(a.title()).matches("(" + TypingDriver.CHAR + ")*");
        }
        long deadline = killedAt - MAX_LOSS_MS;
        int mustSurvive = typed.stream().filter(k -> k.at() <= deadline).mapToInt(Keystroke::count).max().orElse(0);
        assertThat(mustSurvive).as("keystrokes older than two seconds").isGreaterThan(20);
        assertThat(survived).as("characters in the database after the kill").isGreaterThanOrEqualTo(mustSurvive);
        assertThat(survived).isLessThanOrEqualTo(typed.get(typed.size() - 1).count());
    }

    /** The last lines a child program wrote, for a failure message (the folder is gone afterwards). */
    private static String tail(Path file) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (java.io.IOException e) {
            return "(nothing: " + e.getMessage() + ")";
        }
    }
}
