package org.copydesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.copydesk.domain.Script;
import org.copydesk.text.clean.CleanReport;
import org.copydesk.text.clean.CleanStep;
import org.copydesk.text.clean.Cleaner;
import org.copydesk.text.clean.ScriptConverter;

/**
 * Cleaning against Debian's OpenCC ({@code opencc -c t2s.json}) on the same Traditional text, side
 * by side in one run: throughput of both, and every place where the two Simplified outputs differ,
 * grouped by the pair of characters, with the reason.
 */
final class CleanBench {

    private CleanBench() {
    }

    static void run(Path out) throws Exception {
        Corpus corpus = new Corpus();
        Path dir = out.resolve("clean");
        Files.createDirectories(dir);
        Random r = new Random(3);
        StringBuilder simplified = new StringBuilder();
        while (simplified.length() < 1_000_000) {
            simplified.append(corpus.body(r, 3000).replaceAll("</?p>", "\n")).append('\n');
        }
        Path simp = Files.writeString(dir.resolve("simplified.txt"), simplified);
        Path trad = dir.resolve("traditional.txt");
        // the Traditional input is made by OpenCC itself (s2t), so that no conversion of ours shapes it
        exec(List.of("opencc", "-c", "s2t.json", "-i", simp.toString(), "-o", trad.toString()));
        String text = Files.readString(trad);
        Path reference = Path.of("src/test/resources/pages/reference-page.txt");
        String referenceText = Files.readString(reference).replaceAll("\\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+)\\)", "");
        System.out.printf("input: %,d characters of Traditional text (OpenCC s2t of %s)%n", text.length(), corpus.origin);

        ScriptConverter script = new ScriptConverter(Script.SIMPLIFIED);
        Cleaner cleaner = new Cleaner(Script.SIMPLIFIED);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < 3; i++) {
            convert(script, lines);
            clean(cleaner, lines);
        }
        long t0 = System.nanoTime();
        String ours = convert(script, lines);
        double oursS = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        clean(cleaner, lines);
        double pipelineS = (System.nanoTime() - t0) / 1e9;

        Path openccOut = dir.resolve("opencc.txt");
        double openccS = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long o0 = System.nanoTime();
            exec(List.of("opencc", "-c", "t2s.json", "-i", trad.toString(), "-o", openccOut.toString()));
            openccS = Math.min(openccS, (System.nanoTime() - o0) / 1e9);
        }
        String theirs = Files.readString(openccOut);
        double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        System.out.printf("script conversion (step 3), warm, in process: %.3f s, %.1f MB/s%n", oursS, mb / oursS);
        System.out.printf("whole cleaning pipeline (4 steps), warm:      %.3f s, %.1f MB/s%n", pipelineS, mb / pipelineS);
        System.out.printf("opencc -c t2s.json, best of 3, process:       %.3f s, %.1f MB/s%n", openccS, mb / openccS);
        System.out.printf("ratio, OpenCC time / Copydesk script step: %.2f; / whole pipeline: %.2f%n", openccS / oursS, openccS / pipelineS);
        report("1 MB corpus", ours, theirs.stripTrailing());

        Path refIn = Files.writeString(dir.resolve("reference-traditional.txt"), referenceText);
        Path refOut = dir.resolve("reference-opencc.txt");
        exec(List.of("opencc", "-c", "t2s.json", "-i", refIn.toString(), "-o", refOut.toString()));
        String refOurs = convert(script, referenceText.lines().toList());
        report("reference page", refOurs, Files.readString(refOut).stripTrailing());
    }

    private static String convert(ScriptConverter script, List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(script.apply(l, new CleanStep.Counter())).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    private static void clean(Cleaner cleaner, List<String> lines) {
        CleanReport report = new CleanReport();
        for (String l : lines) {
            cleaner.clean(l, report);
        }
    }

    /** Every character where the outputs differ, grouped by (ours, OpenCC) with counts, contexts and the reason. */
    private static void report(String what, String ours, String theirs) {
        if (ours.length() != theirs.length()) {
            System.out.printf("%s: outputs differ in length (%d vs %d); comparing line by line%n", what, ours.length(), theirs.length());
        }
        Map<String, List<String>> diffs = new TreeMap<>();
        String[] a = ours.split("\n", -1);
        String[] b = theirs.split("\n", -1);
        int places = 0;
        for (int line = 0; line < Math.min(a.length, b.length); line++) {
            String x = a[line];
            String y = b[line];
            if (x.length() != y.length()) {
                diffs.computeIfAbsent("(line length)", k -> new ArrayList<>()).add(x + " | " + y);
                places++;
                continue;
            }
            for (int i = 0; i < x.length(); i++) {
                if (x.charAt(i) != y.charAt(i)) {
                    String key = x.charAt(i) + " (Copydesk) vs " + y.charAt(i) + " (OpenCC)";
                    diffs.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(x.substring(Math.max(0, i - 3), Math.min(x.length(), i + 4)));
                    places++;
                }
            }
        }
        System.out.printf("%s: %d places differ, %d kinds%n", what, places, diffs.size());
        diffs.forEach((k, v) -> System.out.printf("  %-28s %5d  e.g. %s  — %s%n", k, v.size(),
                String.join(" / ", v.stream().distinct().limit(4).toList()), reason(k)));
    }

    private static String reason(String key) {
        if (key.startsWith("着") && key.contains("著 (OpenCC)")) {
            return "mainland usage: 著 read zhuó is 着 (resources/text/zhu-words.txt keeps 著作, 原著…)";
        }
        Map<String, String> known = Map.of(
                "于 (Copydesk) vs 於 (OpenCC)", "於 is Traditional for 于 (至于); OpenCC leaves this 於 unconverted",
                "抬 (Copydesk) vs 擡 (OpenCC)", "擡 is the Traditional form of 抬; OpenCC leaves it unconverted",
                "跖 (Copydesk) vs 蹠 (OpenCC)", "蹠 is the Traditional form of 跖 (resources/text/t2s-overrides.txt)");
        return known.getOrDefault(key, "HanLP's and OpenCC's dictionaries choose differently");
    }

    private static void exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(command + " failed: " + output);
        }
    }
}
