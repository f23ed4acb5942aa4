package org.copydesk.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported reference article, byte for byte, against a page that was read and checked by eye
 * (src/test/resources/golden/reference-article.html). After an intended change to the template,
 * regenerate it with -Dgolden.update=true, open it in a browser, and commit it only if it looks right.
 */
class ExportGoldenTest {

    @TempDir
    Path dir;

    @Test
    void theExportedReferencePageMatchesTheReviewedGoldenFile() throws IOException {
        Exporter exporter = new Exporter(new PageRenderer(SiteProfiles.reference()));
        exporter.export(List.of(new ExportItem(PageRendererTest.reference(), List.of(), PageRendererTest.related())), dir);
        String actual = Files.readString(dir.resolve("articles/7.html"));
        Path golden = Path.of("src/test/resources/golden/reference-article.html");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual);
        }
        assertThat(golden).as("golden file").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
