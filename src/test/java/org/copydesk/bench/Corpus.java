package org.copydesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.copydesk.domain.Article;
import org.copydesk.site.SiteProfiles;

/**
 * Chinese text for benchmarks. Real news text from ../shared/data when it is there (read at run
 * time, never copied into the project), otherwise the sample article's sentences.
 */
final class Corpus {

    private final List<String> sentences = new ArrayList<>();
    private final List<String> channels = SiteProfiles.reference().channelNames();
    final String origin;

    Corpus() {
        Path tsv = Path.of("../shared/data/dev_news_channels.tsv");
        if (Files.exists(tsv)) {
            try {
                for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8).subList(1, 493)) {
                    String text = line.substring(line.indexOf('\t') + 1);
                    for (String s : text.split("(?<=[。！？])")) {
                        if (s.length() > 12 && s.length() < 200) {
                            sentences.add(s.strip());
                        }
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            origin = "Sogou news sentences from " + tsv;
        } else {
            for (String s : "近日，某市政协组织部分委员走进城区三个老旧小区，围绕加装电梯开展专题协商。老旧小区多建于上世纪八九十年代，楼龄长、老人多。委员们与居民代表、街道干部、设计单位围坐一桌，把各方意见摆上台面。协商形成的意见已经转交住建部门，其中三条建议已被采纳。".split("(?<=。)")) {
                sentences.add(s);
            }
            origin = "the sample article's sentences";
        }
    }

    int sentenceCount() {
        return sentences.size();
    }

    /** A body of about {@code chars} characters in paragraphs of three to six sentences. */
    String body(Random r, int chars) {
        StringBuilder html = new StringBuilder();
        int n = 0;
        while (n < chars) {
            StringBuilder p = new StringBuilder();
            int k = 3 + r.nextInt(4);
            for (int i = 0; i < k && n + p.length() < chars; i++) {
                p.append(sentences.get(r.nextInt(sentences.size())));
            }
            html.append("<p>").append(org.jsoup.nodes.Entities.escape(p.toString())).append("</p>");
            n += p.length();
        }
        return html.toString();
    }

    Article article(Random r, int chars) {
        String first = sentences.get(r.nextInt(sentences.size()));
        String title = first.substring(0, Math.min(24, first.length())).replaceAll("[。！？，]$", "");
        return new Article.Builder()
                .title(title)
                .channel(channels.get(r.nextInt(channels.size())))
                .source("编辑台基准")
                .editor("基准")
                .keywords(List.of("基准", channels.get(r.nextInt(channels.size()))))
                .publishedAt(java.time.LocalDateTime.of(2020, 1, 1, 8, 0).plusMinutes(r.nextInt(500_000)))
                .bodyHtml(body(r, chars))
                .build();
    }
}
