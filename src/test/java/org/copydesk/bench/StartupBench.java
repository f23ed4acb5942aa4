package org.copydesk.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.copydesk.storage.ArticleRepository;
import org.copydesk.storage.Database;

/**
 * Start-up to the first editable frame with many drafts, side by side with an empty JavaFX window:
 * each is started as a fresh JVM, alternately, and timed from process start to the marker line it
 * prints once its first frame is laid out (the list and the fields filled, for Copydesk).
 */
final class StartupBench {

    private StartupBench() {
    }

    static void run(Path out, int drafts) throws Exception {
        Path data = out.resolve("startup-" + drafts).toAbsolutePath();
        Path db = data.resolve("copydesk/copydesk.db");
        if (!Files.exists(db)) {
            Files.createDirectories(db.getParent());
            System.out.println("building " + db + " with " + drafts + " drafts ...");
            try (Database d = Database.open(db)) {
                StorageBench.fill(new ArticleRepository(d), new Corpus(), drafts, 1500);
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        List<String> app = List.of(java, "-Dcopydesk.startupProbe=true", "-jar", Path.of("target/copydesk.jar").toAbsolutePath().toString());
        List<String> empty = List.of(java, "-cp", cp, EmptyWindow.Main.class.getName());
        Map<String, String> env = Map.of("XDG_DATA_HOME", data.toString(), "XDG_CACHE_HOME", data.resolve("cache").toString());
        int runs = 7;
        double[] appMs = new double[runs];
        double[] emptyMs = new double[runs];
        double[] appInside = new double[runs];
        double[] emptyInside = new double[runs];
        time(app, env);
        time(empty, env);
        for (int i = 0; i < runs; i++) {
            double[] a = time(app, env);
            double[] e = time(empty, env);
            appMs[i] = a[0];
            appInside[i] = a[1];
            emptyMs[i] = e[0];
            emptyInside[i] = e[1];
        }
        Stats a = new Stats(appMs);
        Stats e = new Stats(emptyMs);
        System.out.println("empty JavaFX window, process start to first frame: " + e);
        System.out.println("Copydesk with " + drafts + " drafts, to first editable frame: " + a);
        System.out.printf("ratio of medians: %.2f (JVM-reported: empty %.0f ms, Copydesk %.0f ms)%n",
                a.median() / e.median(), new Stats(emptyInside).median(), new Stats(appInside).median());
    }

    /** Wall time from starting the process to its marker line, and the time the JVM itself reported. */
    private static double[] time(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("COPYDESK_READY")) {
                    double wall = (System.nanoTime() - t0) / 1e6;
                    double inside = Double.parseDouble(line.split(" ")[1]);
                    return new double[] {wall, inside};
                }
            }
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("no start-up marker from " + command);
    }
}
