package org.copydesk.site;

import org.copydesk.support.TestSite;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published reference article (with two related articles and the next one in its channel), byte for byte, against a page that was read and checked by eye
 * (src/test/resources/golden/reference-article.html). After an intended change to the template,
 * regenerate it with -Dgolden.update=true, open it in a browser, and commit it only if it looks right.
 */
class ExportGoldenTest {

    @TempDir
    Path dir;

    @Test
    void theExportedReferencePageMatchesTheReviewedGoldenFile() throws IOException {
        PageRenderer renderer = new PageRenderer(SiteProfiles.reference());
        List<TestSite.Item> items = new java.util.ArrayList<>();
        items.add(new TestSite.Item(PageRendererTest.reference(), List.of(), List.of(5L, 3L)));
        for (var s : PageRendererTest.related()) {
            items.add(new TestSite.Item(new org.copydesk.domain.Article.Builder().id(s.id()).uuid("u" + s.id()).title(s.title())
                    .channel(s.channel()).publishedAt(s.publishedAt()).bodyHtml("<p>正文。</p>").build()));
        }
        TestSite.build(renderer, items, dir);
        String actual = Files.readString(dir.resolve("c/2021-05-13/7.shtml"));
        Path golden = Path.of("src/test/resources/golden/reference-article.html");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual);
        }
        assertThat(golden).as("golden file").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
