package org.copydesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmark harness: prints figures, asserts nothing. Run with {@code bench/run NAME}; see
 * README's Performance section for what each one measures and the figures recorded.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** A benchmark's own folder under {@code out}, emptied of what an earlier run left. */
    static java.nio.file.Path freshDir(java.nio.file.Path out, String name) throws java.io.IOException {
        java.nio.file.Path dir = out.resolve(name);
        if (java.nio.file.Files.exists(dir)) {
            try (var files = java.nio.file.Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return java.nio.file.Files.createDirectories(dir);
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of("bench-out");
        Files.createDirectories(out);
        String which = args.length == 0 ? "all" : args[0];
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        switch (which) {
            case "autosave" -> StorageBench.autosave(out);
            case "search" -> StorageBench.search(out, args.length > 1 ? Integer.parseInt(args[1]) : 100_000);
            case "preview" -> PreviewBench.run(out);
            case "import" -> ImportBench.run(out, args.length > 1 ? Integer.parseInt(args[1]) : 1000);
            case "clean" -> CleanBench.run(out);
            case "keywords" -> KeywordBench.run(out);
            case "channels" -> TaggerBench.channels(out);
            case "tagger" -> TaggerBench.speed(out);
            case "tagger-load" -> TaggerBench.loadOnce(Path.of(args[1]));
            case "proof" -> ProofBench.run(out);
            case "spelling" -> SpellingBench.run(out);
            case "startup" -> StartupBench.run(out, args.length > 1 ? Integer.parseInt(args[1]) : 10_000);
            case "exchange" -> ExchangeBench.run(out, args.length > 1 ? Integer.parseInt(args[1]) : 1000);
            case "site" -> SiteBench.run(out, args.length > 1 ? Integer.parseInt(args[1]) : 10_000);
            case "replace" -> ReplaceBench.run(out, args.length > 1 ? Integer.parseInt(args[1]) : 10_000);
            case "export-kills" -> FaultsBench.exportOnly(args.length > 1 ? Integer.parseInt(args[1]) : 200);
            case "typing-kills" -> FaultsBench.typingKills(args.length > 1 ? Integer.parseInt(args[1]) : 200);
            case "faults" -> FaultsBench.run(1000, 5, args.length > 1 ? Integer.parseInt(args[1]) : 200);
            case "shared" -> SharedBench.run(out, args.length > 1 ? Integer.parseInt(args[1]) : 100_000,
                    args.length > 2 && args[2].equals("trgm"));
            case "all" -> {
                StorageBench.autosave(out);
                StorageBench.search(out, 100_000);
                PreviewBench.run(out);
                StartupBench.run(out, 10_000);
                ImportBench.run(out, 1000);
                CleanBench.run(out);
                KeywordBench.run(out);
                TaggerBench.channels(out);
                TaggerBench.speed(out);
                ProofBench.run(out);
                ExchangeBench.run(out, 1000);
                ReplaceBench.run(out, 10_000);
                SharedBench.run(out, 100_000, false);
                SiteBench.run(out, 10_000);
            }
            default -> {
                System.err.println("unknown benchmark " + which + " (autosave, search, preview, startup, import, clean, keywords, channels, tagger, proof, spelling, exchange, shared, site, all)");
                System.exit(2);
            }
        }
        System.exit(0);
    }
}
