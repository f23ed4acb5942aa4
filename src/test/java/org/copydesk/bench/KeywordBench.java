package org.copydesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.domain.KeywordSuggestion;
import org.copydesk.text.tagging.DocumentFrequencies;
import org.copydesk.text.tagging.KeywordExtractor;
import org.copydesk.text.tagging.LearnedKeywords;
import org.copydesk.text.tagging.RelatedIndex;
import org.copydesk.text.tagging.TermCounter;

/**
 * Keyword quality on ../shared/data/dev_keywords.jsonl: precision, recall and F1 of the top five
 * against the authors' keywords (exact match after removing spaces), side by side with Debian's
 * python3-jieba ({@code jieba.analyse.extract_tags}, topK=5) in the same run.
 */
final class KeywordBench {

    private KeywordBench() {
    }

    record Doc(String text, List<String> gold) {
    }

    static void run(Path out) throws Exception {
        Path file = Path.of("../shared/data/dev_keywords.jsonl");
        if (!Files.exists(file)) {
            System.out.println("keywords: " + file + " is not here; skipped");
            return;
        }
        ObjectMapper json = new ObjectMapper();
        List<Doc> docs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode n = json.readTree(line);
            List<String> gold = new ArrayList<>();
            n.get("keywords").forEach(k -> gold.add(k.asText().replace(" ", "")));
            docs.add(new Doc(n.get("text").asText(), gold));
        }
        List<List<String>> noArchive = new ArrayList<>();
        for (Doc d : docs) {
            noArchive.add(KeywordExtractor.suggest("", d.text(), 5, DocumentFrequencies.empty(), Map.of())
                    .stream().map(KeywordSuggestion::word).toList());
        }
        // the same abstracts as the desk's archive: document frequencies from them
        Map<String, Integer> df = new HashMap<>();
        for (Doc d : docs) {
            for (String t : TermCounter.count(d.text(), Set.of()).counts().keySet()) {
                df.merge(t, 1, Integer::sum);
            }
        }
        DocumentFrequencies archive = new DocumentFrequencies(df, docs.size());
        List<List<String>> withArchive = new ArrayList<>();
        for (Doc d : docs) {
            withArchive.add(KeywordExtractor.suggest("", d.text(), 5, archive, Map.of())
                    .stream().map(KeywordSuggestion::word).toList());
        }
        List<List<String>> jieba = jieba(file, out);
        // learned from the desk's own tagging: five folds, the other four fifths as a tagged archive
        List<List<String>> withVocabulary = new ArrayList<>(java.util.Collections.nCopies(docs.size(), List.of()));
        List<List<String>> learned = new ArrayList<>(java.util.Collections.nCopies(docs.size(), List.of()));
        for (int fold = 0; fold < 5; fold++) {
            RelatedIndex index = new RelatedIndex();
            Map<String, Integer> vocabulary = new HashMap<>();
            Map<Long, List<String>> tagged = new HashMap<>();
            for (int i = 0; i < docs.size(); i++) {
                if (i % 5 != fold) {
                    index.put(i, "", TermCounter.count(docs.get(i).text(), Set.of()).counts(), docs.get(i).gold());
                    tagged.put((long) i, docs.get(i).gold());
                    docs.get(i).gold().forEach(k -> vocabulary.merge(k, 1, Integer::sum));
                }
            }
            for (int i = fold; i < docs.size(); i += 5) {
                Doc d = docs.get(i);
                List<KeywordSuggestion> extracted = KeywordExtractor.suggest("", d.text(), 15, index.frequencies(), vocabulary);
                withVocabulary.set(i, extracted.stream().limit(5).map(KeywordSuggestion::word).toList());
                Map<String, Integer> counts = TermCounter.count(d.text(), vocabulary.keySet()).counts();
                List<LearnedKeywords.Neighbour> neighbours = index.related(-1, "", counts, List.of(), 10).stream()
                        .map(h -> new LearnedKeywords.Neighbour(h.similarity(), tagged.get(h.id()))).toList();
                learned.set(i, LearnedKeywords.merge(extracted, neighbours, d.text(), 5, vocabulary).stream()
                        .map(KeywordSuggestion::word).toList());
            }
        }
        System.out.printf("keywords, top 5, %d abstracts (exact match):%n", docs.size());
        double j = score("jieba.analyse.extract_tags (python3-jieba)", jieba, docs);
        double a = score("Copydesk, no archive (general corpus IDF)", noArchive, docs);
        double b = score("Copydesk, the 200 abstracts as archive", withArchive, docs);
        System.out.println("  five folds, the other four fifths as the desk's tagged archive:");
        double c = score("Copydesk, extraction (archive IDF + the desk's words)", withVocabulary, docs);
        double e = score("Copydesk, extraction + neighbours' keywords", learned, docs);
        System.out.printf("ratio of F1 to jieba's: %.2f (no archive), %.2f (with archive), %.2f (extraction, tagged archive), "
                + "%.2f (learned mix)%n", a / j, b / j, c / j, e / j);
    }

    private static double score(String who, List<List<String>> predicted, List<Doc> docs) {
        int hits = 0;
        int predictedTotal = 0;
        int goldTotal = 0;
        for (int i = 0; i < docs.size(); i++) {
            Set<String> gold = new HashSet<>(docs.get(i).gold());
            List<String> p = predicted.get(i);
            predictedTotal += p.size();
            goldTotal += gold.size();
            for (String w : p) {
                if (gold.contains(w.replace(" ", ""))) {
                    hits++;
                }
            }
        }
        double precision = hits / (double) predictedTotal;
        double recall = hits / (double) goldTotal;
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("  %-45s P %.3f  R %.3f  F1 %.3f%n", who, precision, recall, f1);
        return f1;
    }

    private static List<List<String>> jieba(Path file, Path out) throws IOException, InterruptedException {
        Path script = out.resolve("jieba_keywords.py");
        Files.writeString(script, """
                import json, sys, logging
                import jieba, jieba.analyse
                jieba.setLogLevel(logging.WARNING)
                for line in open(sys.argv[1], encoding='utf-8'):
                    d = json.loads(line)
                    print('\\t'.join(jieba.analyse.extract_tags(d['text'], topK=5)))
                """);
        Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("python3-jieba failed; is the Debian package python3-jieba installed?");
        }
        List<List<String>> out2 = new ArrayList<>();
        for (String line : output.split("\n", -1)) {
            if (out2.size() < 200) {
                out2.add(line.isEmpty() ? List.of() : List.of(line.split("\t")));
            }
        }
        return out2;
    }
}
