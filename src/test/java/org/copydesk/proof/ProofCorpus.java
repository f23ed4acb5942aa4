package org.copydesk.proof;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.domain.Article;
import org.copydesk.domain.Finding;
import org.jsoup.nodes.Entities;

/**
 * The proofreading corpora written for Copydesk (src/test/resources/proof): planted errors with
 * their exact places, and clean news copy. Shared by the quality test and the benchmark.
 */
public final class ProofCorpus {

    /** A planted error: the rule that must find it, the article it sits in, and its place. */
    public record Planted(String rule, Article article, String field, int paragraph, int start, int end, String line) {
    }

    private ProofCorpus() {
    }

    static String resource(String name) {
        try (InputStream in = ProofCorpus.class.getResourceAsStream("/proof/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A well-formed article around one paragraph, so that only what is planted is wrong. */
    static Article.Builder base() {
        return new Article.Builder().title("社区服务持续改善").channel("要闻").source("编辑台").editor("罗文")
                .keywords(List.of("社区", "服务", "民生"));
    }

    public static List<Planted> planted() {
        List<Planted> out = new ArrayList<>();
        for (String line : resource("planted.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String rule = line.substring(0, tab);
            String text = line.substring(tab + 1);
            if (text.startsWith("@")) {
                String field = text.substring(1, text.indexOf('='));
                String value = text.substring(text.indexOf('=') + 1);
                Article.Builder b = base().bodyHtml("<p>社区服务持续改善，居民满意度不断提高。</p>");
                switch (field) {
                    case "source" -> b.source(value);
                    case "editor" -> b.editor(value);
                    case "channel", "length" -> b.channel(value);
                    case "title" -> b.title(value);
                    case "image" -> b.bodyHtml("<p>社区服务持续改善，居民满意度不断提高。</p><p><img src=\"" + value + "\" alt=\"\"></p>");
                    case "keywords" -> {
                        List<String> k = new ArrayList<>();
                        for (int i = 0; i < Integer.parseInt(value); i++) {
                            k.add("关键词" + i);
                        }
                        b.keywords(k);
                    }
                    default -> throw new IllegalArgumentException(field);
                }
                out.add(new Planted(rule, b.build(), field.equals("image") || field.equals("length") ? Finding.BODY : field, -1, -1, -1, line));
                continue;
            }
            StringBuilder plain = new StringBuilder();
            List<int[]> marks = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                if (text.startsWith("[[", i)) {
                    int close = text.indexOf("]]", i);
                    String inner = text.substring(i + 2, close);
                    marks.add(new int[] {plain.length(), plain.length() + inner.length()});
                    plain.append(inner);
                    i = close + 2;
                } else {
                    plain.append(text.charAt(i++));
                }
            }
            Article a = base().bodyHtml("<p>" + Entities.escape(plain.toString()) + "</p>").build();
            for (int[] m : marks) {
                out.add(new Planted(rule, a, Finding.BODY, 0, m[0], m[1], line));
            }
        }
        return out;
    }

    /** The clean copy as articles: each with its title and paragraphs. */
    public static List<Article> clean() {
        List<Article> out = new ArrayList<>();
        for (int f = 1; f <= 9; f++) {
            String text = resource("clean-copy-" + f + ".txt");
            for (String part : text.split("\n====\n")) {
                List<String> lines = part.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).toList();
                StringBuilder body = new StringBuilder();
                for (String p : lines.subList(1, lines.size())) {
                    body.append("<p>").append(Entities.escape(p)).append("</p>");
                }
                out.add(base().title(lines.get(0)).bodyHtml(body.toString()).build());
            }
        }
        return out;
    }

    /** True when a finding is the planted error: the same rule at exactly its place. */
    public static boolean found(Planted p, List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.rule().equals(p.rule()) && f.field().equals(p.field())
                && (p.start() < 0 || (f.paragraph() == p.paragraph() && f.start() == p.start() && f.end() == p.end())));
    }
}
