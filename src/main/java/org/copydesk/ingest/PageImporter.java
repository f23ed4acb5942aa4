package org.copydesk.ingest;

import org.copydesk.domain.ImportedArticle;
import org.copydesk.domain.ImportReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Finding;
import org.copydesk.domain.Problem;
import org.copydesk.domain.SiteProfile;
import org.copydesk.markup.BodyCleaner;
import org.copydesk.ingest.JsonlImporter;
import org.copydesk.markup.Sanitizer;
import org.copydesk.text.BodyText;
import org.copydesk.text.clean.CleanReport;
import org.copydesk.text.clean.Cleaner;
import org.jsoup.nodes.Entities;

/**
 * Turns a file into drafts: reads it (HTML, text or Word page, or a .jsonl archive), recognises the
 * page's parts, cleans every field and the body (encoding repair, pinyin annotations, script,
 * punctuation), sanitises the body, and reports what it did. Nothing is stored here; a file that
 * fails yields an exception naming it, and no draft at all.
 */
public final class PageImporter {

    /** Pages larger than this are refused: no news article is anywhere near it. */
    public static final long MAX_PAGE_BYTES = 10L * 1024 * 1024;

    private final SiteProfile profile;
    private final Cleaner cleaner;
    private final StructureRecognizer recognizer;

    public PageImporter(SiteProfile profile) {
        this.profile = profile;
        this.cleaner = new Cleaner(profile.script());
        this.recognizer = new StructureRecognizer(profile, cleaner);
    }

    public Cleaner cleaner() {
        return cleaner;
    }

    /** True for the files this importer reads. */
    public static boolean supports(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".shtml") || n.endsWith(".txt")
                || n.endsWith(".docx") || n.endsWith(".jsonl");
    }

    public List<ImportedArticle> read(Path file) {
        if (isArchive(file)) {
            return archive(file);
        }
        return List.of(page(file, rawPage(file)));
    }

    private static boolean isArchive(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl") && Files.isRegularFile(file);
    }

    /** Reads a page file, refusing what cannot be a page: missing, unreadable, empty, too large, not a page type. */
    private RawPage rawPage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.exists(file)) {
            throw new CopydeskException(Problem.FILE_NOT_FOUND, file);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CopydeskException(Problem.FILE_NOT_READABLE, file, "not a readable file");
        }
        if (!supports(file)) {
            throw new CopydeskException(Problem.FILE_UNSUPPORTED, file);
        }
        long size = size(file);
        if (size == 0) {
            throw new CopydeskException(Problem.FILE_EMPTY, file);
        }
        if (size > MAX_PAGE_BYTES) {
            throw new CopydeskException(Problem.FILE_TOO_LARGE, file, size / (1024 * 1024), MAX_PAGE_BYTES / (1024 * 1024));
        }
        if (name.endsWith(".docx")) {
            return DocxReader.read(file);
        }
        byte[] bytes = bytes(file);
        return name.endsWith(".txt") ? TextPageReader.read(bytes, file.toString()) : HtmlPageReader.read(bytes, file);
    }

    /**
     * The article in a page file as it is, before cleaning: the title and body with their damage
     * (pinyin annotations, Traditional characters, broken encoding) left in, for a proofreading check.
     * The structure is recognised as on import, so paragraphs are numbered as the import would number
     * them; the dateline fields are as recognised. An archive gives its articles as stored.
     */
    public List<Article> asIs(Path file) {
        if (isArchive(file)) {
            return archive(file).stream().map(ImportedArticle::article).toList();
        }
        RawPage raw = rawPage(file);
        Article cleaned = page(file, raw).article();
        StructureRecognizer.Result r = recognizer.recognise(raw.lines(), raw.hints());
        String title = r.titleLine >= 0 ? raw.lines().get(r.titleLine).text().strip() : r.title;
        return List.of(cleaned.toBuilder().title(title).bodyHtml(bodyHtml(raw, r)).build());
    }

    /** Cleans and structures a page already read (also used for pasted text). */
    public ImportedArticle page(Path file, RawPage raw) {
        StructureRecognizer.Result r = recognizer.recognise(raw.lines(), raw.hints());
        CleanReport report = new CleanReport();
        for (String step : List.of("encoding", "pinyin", "script", "punctuation")) {
            report.count(step, 0);
        }
        // count what cleaning changed in the lines the article keeps: title, metadata, body
        if (r.titleLine >= 0) {
            report.at("title", -1);
            cleaner.clean(raw.lines().get(r.titleLine).text(), report);
        }
        report.at("head", -1);
        for (int i : r.metaLines) {
            cleaner.clean(raw.lines().get(i).text(), report);
        }
        String body = BodyCleaner.clean(bodyHtml(raw, r), cleaner, report);
        if (r.title.isEmpty() && body.isBlank()) {
            throw new CopydeskException(Problem.PAGE_NO_CONTENT, file);
        }
        Article article = new Article.Builder()
                .title(r.title)
                .subtitle(r.subtitle)
                .channel(r.channel)
                .keywords(r.keywords)
                .source(r.source)
                .author(r.author)
                .editor(r.editor)
                .publishedAt(r.publishedAt)
                .bodyHtml(body)
                .build();
        reportDamage(article, report);
        Map<String, String> fields = StructureRecognizer.fields(r);
        List<String> missing = new ArrayList<>();
        fields.forEach((k, v) -> {
            if (v.isEmpty()) {
                missing.add(k);
            }
        });
        List<String> notes = new ArrayList<>(raw.notes());
        if (r.furniture > 0) {
            notes.add("furniture:" + r.furniture);
        }
        if (r.channel.isEmpty() && !r.channelSeen.isEmpty()) {
            notes.add("channel-unknown:" + r.channelSeen);
        }
        notes.add("paragraphs:" + BodyText.paragraphs(body).size());
        List<org.copydesk.domain.ImageAsset> used = raw.images().stream().filter(img -> body.contains(img.name())).toList();
        // the page's first picture is its lead (题图), as when an editor puts the first picture in
        if (!used.isEmpty()) {
            article = article.toBuilder().leadImage(used.get(0).name()).build();
        }
        return new ImportedArticle(article, used, new ImportReport(file == null ? "" : file.toString(), raw.charset(),
                report.counts(), fields, missing, notes, report.findings(), report.changes()));
    }

    private void reportDamage(Article a, CleanReport report) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", a.title());
        fields.put("subtitle", a.subtitle());
        fields.put("source", a.source());
        fields.put("author", a.author());
        fields.put("editor", a.editor());
        fields.forEach((field, value) -> Cleaner.reportDamage(field, -1, value, report));
        List<String> paragraphs = BodyText.paragraphs(a.bodyHtml());
        for (int i = 0; i < paragraphs.size(); i++) {
            Cleaner.reportDamage(Finding.BODY, i, paragraphs.get(i), report);
        }
    }

    /** The body lines in the site's markup: headings, paragraphs, lists, quotations, figures. */
    private static String bodyHtml(RawPage raw, StructureRecognizer.Result r) {
        StringBuilder html = new StringBuilder();
        String openList = null;
        for (int i : r.body) {
            PageLine line = raw.lines().get(i);
            String inner = line.html().isEmpty() ? Entities.escape(line.text()) : line.html();
            String list = switch (line.kind()) {
                case "li" -> "ul";
                case "oli" -> "ol";
                default -> null;
            };
            if (!java.util.Objects.equals(list, openList)) {
                if (openList != null) {
                    html.append("</").append(openList).append('>');
                }
                if (list != null) {
                    html.append('<').append(list).append('>');
                }
                openList = list;
            }
            switch (line.kind()) {
                case "h1", "h2" -> html.append("<h2>").append(inner).append("</h2>");
                case "h3", "h4", "h5", "h6" -> html.append("<h3>").append(inner).append("</h3>");
                case "li", "oli" -> html.append("<li>").append(inner).append("</li>");
                case "img", "figure" -> html.append("<figure>").append(inner).append("</figure>");
                case "table" -> html.append(inner);
                case "blockquote" -> html.append("<blockquote>")
                        .append(inner.contains("<p") ? inner : "<p>" + inner + "</p>").append("</blockquote>");
                default -> html.append("<p>").append(inner).append("</p>");
            }
        }
        if (openList != null) {
            html.append("</").append(openList).append('>');
        }
        return Sanitizer.clean(html.toString());
    }

    /** A .jsonl archive: the desk's own articles, sanitised; channels the profile lacks are reported. */
    private List<ImportedArticle> archive(Path file) {
        List<ImportedArticle> out = new ArrayList<>();
        for (Article a : JsonlImporter.read(file)) {
            List<String> notes = new ArrayList<>();
            if (!a.channel().isEmpty() && profile.channel(a.channel()).isEmpty()) {
                notes.add("channel-unknown:" + a.channel());
            }
            out.add(new ImportedArticle(a, List.of(), new ImportReport(file.toString(), "UTF-8", Map.of(),
                    Map.of(), List.of(), notes, List.of())));
        }
        return out;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new CopydeskException(Problem.FILE_NOT_READABLE, e, file, e.getMessage());
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CopydeskException(Problem.FILE_NOT_FOUND, file);
        } catch (IOException e) {
            throw new CopydeskException(Problem.FILE_NOT_READABLE, e, file, e.getMessage());
        }
    }
}
