package org.copydesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code copydesk} launch script, run on a stand-in jar whose program prints what it was given:
 * the first window run records a class-data archive, later runs use it, commands pass through.
 */
class LauncherScriptTest {

    @TempDir
    Path dir;
    private Path script;
    private Path cache;

    @BeforeEach
    void standIn() throws IOException {
        assumeTrue(!System.getProperty("os.name").toLowerCase().contains("win"), "a POSIX shell script");
        Path source = Path.of("copydesk");
        assumeTrue(Files.exists(source), "run from the project folder");
        script = dir.resolve("copydesk");
        Files.copy(source, script);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(dir.resolve("target"));
        writeJar(dir.resolve("target/copydesk.jar"), "first");
        cache = dir.resolve("cache");
    }

    @Test
    void theFirstWindowRunRecordsAnArchiveAndTheNextUsesIt() throws Exception {
        Run first = run(Map.of());
        assertThat(first.status).isZero();
        assertThat(first.jvm).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));
        List<Path> archives = archives();
        assertThat(archives).hasSize(1);
        assertThat(archives.get(0).getFileName().toString()).endsWith(".jsa");
        assertThat(Files.size(archives.get(0))).isPositive();

        Run second = run(Map.of());
        assertThat(second.jvm).contains("-XX:SharedArchiveFile=" + archives.get(0));
        assertThat(second.jvm).noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));
        assertThat(second.output).contains("ARGS []");
    }

    @Test
    void aNewBuildRecordsAFreshArchiveAndDropsTheOldOne() throws Exception {
        run(Map.of());
        Path old = archives().get(0);
        // a rebuild: the same program, the jar's bytes differ (a comment in its manifest)
        writeJar(dir.resolve("target/copydesk.jar"), "rebuilt");

        Run rebuilt = run(Map.of());
        assertThat(rebuilt.jvm).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit="));
        assertThat(archives()).hasSize(1).doesNotContain(old);
    }

    @Test
    void aCommandPassesItsArgumentsAndRecordsNothing() throws Exception {
        Run list = run(Map.of(), "list", "--status", "draft");
        assertThat(list.status).isZero();
        assertThat(list.output).contains("ARGS [list, --status, draft]");
        assertThat(list.jvm).noneMatch(a -> a.contains("Archive"));
        assertThat(archives()).isEmpty();
    }

    @Test
    void anExitStatusComesThrough() throws Exception {
        assertThat(run(Map.of("PROBE_EXIT", "3"), "check", "7").status).isEqualTo(3);
    }

    @Test
    void archivesCanBeTurnedOffAndJavaOptionsAdded() throws Exception {
        Run off = run(Map.of("COPYDESK_CDS", "off", "COPYDESK_JAVA_OPTIONS", "-Dprobe.extra=yes"));
        assertThat(off.jvm).noneMatch(a -> a.contains("Archive"));
        assertThat(off.jvm).contains("-Dprobe.extra=yes");
        assertThat(archives()).isEmpty();
    }

    @Test
    void stoppingTheScriptStopsTheWindowItRecords() throws Exception {
        Process p = start(Map.of("PROBE_WAIT", "60"));
        long pid;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("PID "));
            assertThat(line).as("the program started").isNotNull();
            pid = Long.parseLong(line.substring(4).strip());
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the script ended").isTrue();
        }
        var program = ProcessHandle.of(pid);
        if (program.isPresent()) {
            // the program sleeps for a minute unless the script passes the signal on
            program.get().onExit().get(15, TimeUnit.SECONDS);
        }
        assertThat(p.exitValue()).isNotZero();
    }

    @Test
    void aJavaWithoutItsOwnArchiveStartsTheWindowWithoutRecording() throws Exception {
        // a Java whose lib/server has no classes.jsa: its launcher here only hands over to the real one
        Path bin = Files.createDirectories(dir.resolve("bare-java/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        Run r = run(Map.of("JAVA_HOME", dir.resolve("bare-java").toString()));
        assertThat(r.status).isZero();
        assertThat(r.output).contains("ARGS []");
        assertThat(r.jvm).noneMatch(a -> a.contains("Archive"));
        assertThat(archives()).isEmpty();
    }

    @Test
    void aMissingBuildIsNamed() throws Exception {
        Files.delete(dir.resolve("target/copydesk.jar"));
        Run r = run(Map.of());
        assertThat(r.status).isEqualTo(2);
        assertThat(r.output).contains("copydesk.jar is missing").contains("mvn -q -B package");
    }

    private List<Path> archives() throws IOException {
        Path cds = cache.resolve("copydesk/cds");
        if (!Files.isDirectory(cds)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(cds)) {
            return s.filter(p -> p.toString().endsWith(".jsa")).toList();
        }
    }

    private record Run(int status, String output, List<String> jvm) {
    }

    private Run run(Map<String, String> env, String... args) throws Exception {
        Process p = start(env, args);
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> jvm = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("JVM ")) {
                jvm.add(line.substring(4));
            }
        }
        return new Run(p.exitValue(), output, jvm);
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().remove("COPYDESK_JAVA_OPTIONS");
        pb.environment().remove("COPYDESK_CDS");
        pb.environment().putAll(env);
        return pb.start();
    }

    /** The stand-in jar; {@code build} tells one build's bytes from another's. */
    private static void writeJar(Path jar, String build) throws IOException {
        TestJars.write(jar, Map.of("Main-Class", Probe.class.getName(), "Build", build), Probe.class);
    }

    /** The stand-in program: prints its arguments and its JVM's options, waits or fails when asked. */
    public static final class Probe {
        public static void main(String[] args) throws InterruptedException {
            System.out.println("PID " + ProcessHandle.current().pid());
            System.out.println("ARGS " + java.util.Arrays.toString(args));
            for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                System.out.println("JVM " + a);
            }
            System.out.flush();
            String wait = System.getenv("PROBE_WAIT");
            if (wait != null) {
                Thread.sleep(Long.parseLong(wait) * 1000);
            }
            String exit = System.getenv("PROBE_EXIT");
            System.exit(exit == null ? 0 : Integer.parseInt(exit));
        }
    }
}
