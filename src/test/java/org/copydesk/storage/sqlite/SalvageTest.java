package org.copydesk.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.copydesk.domain.ArticleQuery;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.domain.CopydeskException;
import org.copydesk.domain.Problem;
import org.copydesk.service.Desk;
import org.copydesk.support.TestDesk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A desk with a damaged page: what can be read is saved into a new file, and the new file is a working desk. */
class SalvageTest {

    @TempDir
    Path dir;

    private static final int ARTICLES = 50;

    /** A desk of fifty articles, each body marked with its number. */
    private Path desk() {
        Path db = TestDesk.db(dir);
        try (Desk desk = Desk.open(db)) {
            for (int i = 1; i <= ARTICLES; i++) {
                String body = ("第" + i + "号稿的正文，社区协商议事会讨论加装电梯。").repeat(20);
                desk.drafts().create(TestDesk.article("第" + i + "号稿件标题", "要闻", "标记" + String.format("%03d", i) + body));
            }
        }
        return db;
    }

    @Test
    void theReadableArticlesOfADamagedDeskAreSavedIntoAWorkingDesk() throws Exception {
        Path db = desk();
        byte[] before = null;
        assertThat(org.copydesk.support.FileDamage.overwritePageWith(db, "标记025", new Random(7))).isTrue();
        before = Files.readAllBytes(db);
        Path out = dir.resolve("salvaged.db");
        Salvage.Result r = Salvage.run(db, out);

        // nearly every article: only those on the damaged page are lost
        assertThat(r.articles()).isBetween(ARTICLES - 5, ARTICLES);
        assertThat(r.unreadableTotal()).isPositive();
        // the damaged file was only read
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        try (Desk salvaged = Desk.open(out)) {
            var all = salvaged.drafts().list(ArticleQuery.all());
            assertThat(all).hasSize(r.articles());
            // every article saved is whole: its body is the body it had
            for (ArticleSummary s : all) {
                var a = salvaged.drafts().get(s.id());
                String n = a.title().replaceAll("\\D", "");
                assertThat(a.bodyHtml()).contains("标记" + String.format("%03d", Integer.parseInt(n)));
            }
            // the search index is made again from the saved articles
            assertThat(salvaged.drafts().list(ArticleQuery.all().withSearch("第40号稿件"))).hasSize(
                    (int) all.stream().filter(s -> s.title().equals("第40号稿件标题")).count());
            // and the desk takes new work
            salvaged.drafts().create(TestDesk.article("抢救后的新稿", "要闻", "正文"));
        }
    }

    @Test
    void anUndamagedDeskIsSavedWholeAndAnExistingFileIsNeverOverwritten() throws Exception {
        Path db = desk();
        Salvage.Result r = Salvage.run(db, dir.resolve("copy.db"));
        assertThat(r.articles()).isEqualTo(ARTICLES);
        assertThat(r.unreadableTotal()).isZero();
        assertThatThrownBy(() -> Salvage.run(db, dir.resolve("copy.db")))
                .isInstanceOfSatisfying(CopydeskException.class, e -> assertThat(e.problem()).isEqualTo(Problem.SALVAGE_TARGET_EXISTS));
    }
}
