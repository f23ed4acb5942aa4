package org.copydesk.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.service.Desk;
import java.util.concurrent.TimeUnit;
import org.copydesk.app.StartupProbe;
import org.copydesk.app.TestJars;

/**
 * Start-up to the first editable frame with many drafts, side by side with an empty JavaFX window.
 * Each run is a fresh process, the ways of starting alternate, and each is timed from process start
 * to the marker line it prints once its first frame is laid out (for Copydesk: the draft list and
 * the fields filled). The ways: the empty window and Copydesk as plain {@code java} starts them;
 * Copydesk through its {@code copydesk} launch script (a class-data archive); and the empty window
 * with a class-data archive of its own, so the script's gain can be told apart from what any JavaFX
 * program would gain; and the packaged application folder when it has been built.
 */
final class StartupBench {

    private static final int RUNS = 7;
    private static final String EMPTY = "empty JavaFX window, plain java";
    private static final String SCRIPT = "Copydesk, ./copydesk launch script";
    private static final String EMPTY_ARCHIVED = "empty window, with its own archive";

    private StartupBench() {
    }

    static void run(Path out, int drafts) throws Exception {
        Path data = out.resolve("startup-" + drafts).toAbsolutePath();
        Path db = data.resolve("copydesk/copydesk.db");
        if (!Files.exists(db)) {
            Files.createDirectories(db.getParent());
            System.out.println("building " + db + " with " + drafts + " drafts ...");
            try (Desk d = Desk.open(db)) {
                StorageBench.fill(d.drafts(), new Corpus(), drafts, 1500);
            }
        }
        Path cache = data.resolve("cache");
        Map<String, String> env = Map.of("XDG_DATA_HOME", data.toString(), "XDG_CACHE_HOME", cache.toString(),
                "COPYDESK_JAVA_OPTIONS", "-Dcopydesk.startupProbe=true");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        // the empty window as a jar beside the same JavaFX jars as Copydesk's: class-data archives take
        // jars only, and both find JavaFX's native libraries in target/lib
        Path emptyJar = data.resolve("empty-window.jar");
        TestJars.write(emptyJar, Map.of(), EmptyWindow.class, EmptyWindow.Main.class, StartupProbe.class);
        String emptyPath = emptyJar + File.pathSeparator + javafxJars();
        Path emptyArchive = data.resolve("empty-window.jsa");
        String emptyMain = EmptyWindow.Main.class.getName();

        Map<String, List<String>> ways = new LinkedHashMap<>();
        ways.put(EMPTY, List.of(java, "-cp", emptyPath, emptyMain));
        ways.put("Copydesk, plain java -jar", List.of(java, "-Dcopydesk.startupProbe=true", "-jar",
                Path.of("target/copydesk.jar").toAbsolutePath().toString()));
        ways.put(SCRIPT, List.of("sh", Path.of("copydesk").toAbsolutePath().toString()));
        ways.put(EMPTY_ARCHIVED, List.of(java, "-XX:SharedArchiveFile=" + emptyArchive, "-Xlog:cds=off", "-cp", emptyPath, emptyMain));
        Path image = Path.of("target/dist/Copydesk/bin/Copydesk").toAbsolutePath();
        if (Files.isExecutable(image)) {
            // built by packaging/build-app-image.sh, with the archive it recorded
            ways.put("Copydesk, packaged app (target/dist)", List.of("env", "JAVA_TOOL_OPTIONS=-Dcopydesk.startupProbe=true", image.toString()));
        }

        // the empty window's archive is recorded first; every way then runs once unmeasured, which
        // for the launch script is the run that records its archive
        Files.deleteIfExists(emptyArchive);
        time(List.of(java, "-XX:ArchiveClassesAtExit=" + emptyArchive, "-cp", emptyPath, emptyMain), env);
        Map<String, double[]> ms = new LinkedHashMap<>();
        for (var way : ways.entrySet()) {
            time(way.getValue(), env);
            ms.put(way.getKey(), new double[RUNS]);
        }
        for (int i = 0; i < RUNS; i++) {
            for (var way : ways.entrySet()) {
                ms.get(way.getKey())[i] = time(way.getValue(), env);
            }
        }

        Map<String, Stats> stats = new LinkedHashMap<>();
        ms.forEach((k, v) -> stats.put(k, new Stats(v)));
        double empty = stats.get(EMPTY).median();
        stats.forEach((way, st) -> System.out.printf("%-42s %s  (%.2f× the empty window)%n", way + ":", st, st.median() / empty));
        double treated = stats.get(EMPTY_ARCHIVED).median();
        System.out.printf("launch script against the empty window with its own archive: %.2f×%n",
                stats.get(SCRIPT).median() / treated);
    }

    /** Milliseconds from starting the process to its marker line. */
    private static double time(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("COPYDESK_READY")) {
                    return (System.nanoTime() - t0) / 1e6;
                }
            }
        } finally {
            // the launch script passes the signal on to the window it started
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("no start-up marker from " + command);
    }

    /** JavaFX's jars as the product ships them, with their native libraries beside them. */
    private static String javafxJars() throws IOException {
        try (var files = Files.list(Path.of("target/lib"))) {
            return String.join(File.pathSeparator, files
                    .filter(p -> p.getFileName().toString().startsWith("javafx-") && p.toString().endsWith(".jar"))
                    .map(p -> p.toAbsolutePath().toString()).sorted().toList());
        }
    }
}
