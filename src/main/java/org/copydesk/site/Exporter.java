package org.copydesk.site;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.domain.Channel;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.Problem;
import org.copydesk.domain.Status;

/**
 * Writes the static site: each article's page with its images, the stylesheet, and the home and
 * channel index pages. Every file is written atomically and only when its bytes change, and the
 * same articles always give the same bytes, so a folder can be exported into again and uploaded as is.
 * A small manifest ({@code site.json}) remembers what the folder holds, so the indexes list every
 * article exported there, not only the last batch.
 */
public final class Exporter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int HOME_PER_CHANNEL = 8;

    private final PageRenderer renderer;

    public Exporter(PageRenderer renderer) {
        this.renderer = renderer;
    }

    /** One entry of the manifest. */
    public record Entry(long id, String title, String channel, String publishedAt) {
    }

    /**
     * Exports the articles into {@code dir} and refreshes the indexes. Returns the pages written,
     * as paths relative to {@code dir} with forward slashes, articles first, in the order given.
     */
    public List<String> export(List<ExportItem> items, Path dir) {
        prepare(dir);
        List<String> pages = new ArrayList<>();
        writeAssets(dir);
        for (ExportItem item : items) {
            pages.add(writeArticle(item, dir));
        }
        pages.addAll(writeIndexes(items, dir));
        return pages;
    }

    /**
     * Writes a single article page with its stylesheet and images, and nothing else: what the preview
     * shows. Returns the page's path relative to {@code dir}.
     */
    public String exportArticle(ExportItem item, Path dir) {
        prepare(dir);
        writeAssets(dir);
        return writeArticle(item, dir);
    }

    private static void prepare(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CopydeskException(Problem.OUT_NOT_A_DIRECTORY, dir);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw AtomicFiles.failure(dir, e);
        }
    }

    private void writeAssets(Path dir) {
        renderer.profile().assets().forEach((name, bytes) -> AtomicFiles.write(dir.resolve(SitePaths.ASSETS + name), bytes));
    }

    private String writeArticle(ExportItem item, Path dir) {
        Article a = item.article();
        for (ImageAsset img : item.images()) {
            AtomicFiles.write(dir.resolve(SitePaths.imageDir(a.id()) + img.name()), img.data());
        }
        String page = SitePaths.article(a.id());
        AtomicFiles.write(dir.resolve(page), renderer.articlePage(a, item.related()).getBytes(StandardCharsets.UTF_8));
        return page;
    }

    private List<String> writeIndexes(List<ExportItem> items, Path dir) {
        Map<Long, Entry> manifest = readManifest(dir);
        for (ExportItem item : items) {
            Article a = item.article();
            manifest.put(a.id(), new Entry(a.id(), a.title(), a.channel(),
                    a.publishedAt() == null ? null : a.publishedAt().toString()));
        }
        List<ArticleSummary> all = manifest.values().stream()
                .map(e -> new ArticleSummary(e.id(), e.title(), e.channel(), Status.PUBLISHED,
                        e.publishedAt() == null ? null : LocalDateTime.parse(e.publishedAt()), null))
                .sorted(Comparator.comparing((ArticleSummary s) -> s.publishedAt() == null ? LocalDateTime.MIN : s.publishedAt())
                        .thenComparingLong(ArticleSummary::id).reversed())
                .toList();
        List<String> pages = new ArrayList<>();
        Map<Channel, List<ArticleSummary>> home = new LinkedHashMap<>();
        for (Channel c : renderer.profile().channels()) {
            List<ArticleSummary> inChannel = all.stream().filter(s -> s.channel().equals(c.name())).toList();
            home.put(c, inChannel.stream().limit(HOME_PER_CHANNEL).toList());
            String path = SitePaths.channel(c.slug());
            if (!inChannel.isEmpty() || Files.exists(dir.resolve(path))) {
                AtomicFiles.write(dir.resolve(path), renderer.channelPage(c, inChannel).getBytes(StandardCharsets.UTF_8));
                pages.add(path);
            }
        }
        AtomicFiles.write(dir.resolve(SitePaths.HOME), renderer.homePage(home).getBytes(StandardCharsets.UTF_8));
        pages.add(SitePaths.HOME);
        writeManifest(dir, manifest);
        return pages;
    }

    private static Map<Long, Entry> readManifest(Path dir) {
        Path file = dir.resolve(SitePaths.MANIFEST);
        Map<Long, Entry> out = new TreeMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            List<Entry> entries = JSON.readValue(file.toFile(), new TypeReference<List<Entry>>() { });
            entries.forEach(e -> out.put(e.id(), e));
        } catch (IOException e) {
            // a damaged manifest only costs the index pages their older entries; rebuild from this batch
            java.util.logging.Logger.getLogger(Exporter.class.getName())
                    .warning("ignoring unreadable " + file + ": " + e.getMessage());
        }
        return out;
    }

    private static void writeManifest(Path dir, Map<Long, Entry> manifest) {
        try {
            byte[] bytes = JSON.writeValueAsBytes(new ArrayList<>(manifest.values()));
            AtomicFiles.write(dir.resolve(SitePaths.MANIFEST), bytes);
        } catch (IOException e) {
            throw AtomicFiles.failure(dir.resolve(SitePaths.MANIFEST), e);
        }
    }
}
