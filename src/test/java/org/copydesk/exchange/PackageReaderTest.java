package org.copydesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.copydesk.domain.Article;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.domain.Revision;
import org.copydesk.site.SiteProfiles;
import org.copydesk.support.TestDesk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A package is untrusted input: every way it can be wrong gets one message naming the file and the item. */
class PackageReaderTest {

    @TempDir
    Path dir;

    private static final String UUID = "0f8b5f4e-3c1d-4a5b-9c7d-1e2f3a4b5c6d";
    private static final String REV = "1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d";

    private static PackedArticle packed(String channel, String body) {
        Article a = TestDesk.article("标题", channel, "正文").toBuilder().uuid(UUID).bodyHtml(body)
                .createdAt(Instant.EPOCH).updatedAt(Instant.EPOCH).build();
        return new PackedArticle(a, List.of(new Revision(0, REV, "", "", 0, 1, Instant.EPOCH, "save", a)), List.of(), List.of(),
                List.of(), List.of());
    }

    private Path written(PackedArticle p) {
        Path f = dir.resolve("good.cdpkg");
        PackageWriter.write(f, "reference", Instant.EPOCH, List.of(p));
        return f;
    }

    /** A zip with exactly these entries. */
    private Path zip(String name, Map<String, byte[]> entries) throws Exception {
        Path f = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(f); ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return f;
    }

    private static Problem problemOf(Path f) {
        try {
            PackageReader.read(f, SiteProfiles.reference());
            throw new AssertionError("read without complaint: " + f);
        } catch (CopydeskException e) {
            return e.problem();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final String MANIFEST = "{\"format\":\"copydesk-package\",\"version\":1,\"site\":\"reference\",\"articles\":[\"" + UUID + "\"]}";

    @Test
    void aWrittenPackageReadsBackWithEveryBodySanitised() throws Exception {
        PackageReader.Contents c = PackageReader.read(written(packed("要闻", "<p onclick=\"x()\">正文</p><script>alert(1)</script>")),
                SiteProfiles.reference());
        assertThat(c.articles()).singleElement().satisfies(p -> {
            assertThat(p.article().uuid()).isEqualTo(UUID);
            assertThat(p.article().bodyHtml()).isEqualTo("<p>正文</p>");
            assertThat(p.head().uuid()).isEqualTo(REV);
            assertThat(p.head().snapshot().bodyHtml()).isEqualTo("<p>正文</p>");
        });
    }

    @Test
    void aPackageCutShortIsNotReadable() throws Exception {
        byte[] whole = Files.readAllBytes(written(packed("要闻", "<p>正文</p>")));
        Path half = Files.write(dir.resolve("half.cdpkg"), Arrays.copyOf(whole, whole.length / 2));
        assertThat(problemOf(half)).isEqualTo(Problem.PACKAGE_NOT_READABLE);
    }

    @Test
    void aFileThatIsNoZipOrHasNoManifestIsRefused() throws Exception {
        assertThat(problemOf(Files.writeString(dir.resolve("text.cdpkg"), "不是稿件包"))).isEqualTo(Problem.PACKAGE_NOT_READABLE);
        assertThat(problemOf(zip("empty.cdpkg", Map.of("readme.txt", utf8("x"))))).isEqualTo(Problem.PACKAGE_INVALID);
    }

    @Test
    void aPackageFromANewerFormatIsRefusedWithItsVersion() throws Exception {
        Path f = zip("newer.cdpkg", Map.of("manifest.json", utf8(MANIFEST.replace("\"version\":1", "\"version\":7"))));
        assertThatThrownBy(() -> PackageReader.read(f, SiteProfiles.reference()))
                .isInstanceOfSatisfying(CopydeskException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.PACKAGE_NEWER);
                    assertThat(e.args()).contains("7");
                });
    }

    @Test
    void malformedJsonIsNamedByItsEntry() throws Exception {
        Path f = zip("bad.cdpkg", Map.of("manifest.json", utf8(MANIFEST), "articles/" + UUID + ".json", utf8("{\"uuid\": ")));
        assertThatThrownBy(() -> PackageReader.read(f, SiteProfiles.reference()))
                .isInstanceOfSatisfying(CopydeskException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.PACKAGE_INVALID);
                    assertThat(e.args()).contains("articles/" + UUID + ".json");
                });
    }

    @Test
    void anArticleOfChannelsThisSiteLacksIsRefusedNamingThem() throws Exception {
        assertThatThrownBy(() -> PackageReader.read(written(packed("体育", "<p>正文</p>")), SiteProfiles.reference()))
                .isInstanceOfSatisfying(CopydeskException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.PACKAGE_OTHER_SITE);
                    assertThat(e.args()).contains("体育");
                });
    }

    @Test
    void namesThatReachOutOfThePackageAreRefused() throws Exception {
        String doc = new String(Files.readAllBytes(written(packed("要闻", "<p>正文</p>"))), StandardCharsets.ISO_8859_1);
        assertThat(doc).isNotEmpty();
        String article = "{\"uuid\":\"" + UUID + "\",\"article\":{\"title\":\"标题\"},\"revisions\":[{\"uuid\":\"" + REV
                + "\",\"createdAt\":\"1970-01-01T00:00:00Z\",\"article\":{\"title\":\"标题\"}}],"
                + "\"images\":[{\"name\":\"../../../etc/passwd\"}]}";
        Path f = zip("slip.cdpkg", Map.of("manifest.json", utf8(MANIFEST), "articles/" + UUID + ".json", utf8(article)));
        assertThat(problemOf(f)).isEqualTo(Problem.PACKAGE_INVALID);
        Path g = zip("slip2.cdpkg", Map.of("manifest.json", utf8(MANIFEST.replace(UUID, "../../" + UUID))));
        assertThat(problemOf(g)).isEqualTo(Problem.PACKAGE_INVALID);
    }

    @Test
    void aZipBombStopsAtTheLimit() throws Exception {
        String article = "{\"uuid\":\"" + UUID + "\",\"article\":{\"title\":\"标题\"},\"revisions\":[{\"uuid\":\"" + REV
                + "\",\"createdAt\":\"1970-01-01T00:00:00Z\",\"article\":{\"title\":\"标题\"}}],"
                + "\"images\":[{\"name\":\"0123456789abcdef.png\"}]}";
        Path f = dir.resolve("bomb.cdpkg");
        try (OutputStream out = Files.newOutputStream(f); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("manifest.json"));
            z.write(utf8(MANIFEST));
            z.putNextEntry(new ZipEntry("articles/" + UUID + ".json"));
            z.write(utf8(article));
            z.putNextEntry(new ZipEntry("images/" + UUID + "/0123456789abcdef.png"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        assertThat(Files.size(f)).as("small on disk").isLessThan(1 << 20);
        assertThat(problemOf(f)).isEqualTo(Problem.PACKAGE_TOO_LARGE);
    }
}
