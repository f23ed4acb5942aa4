package org.copydesk.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.copydesk.domain.Article;
import org.copydesk.domain.ArticleSummary;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.KeywordUse;
import org.copydesk.storage.TaggerTable;
import org.copydesk.support.TestDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite table families on their own: what they store and read back, with no rules on top. */
class SqliteTablesTest {

    @TempDir
    Path dir;

    private SqliteStore store;
    private Instant now = Instant.parse("2026-11-20T01:30:00Z");

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir.resolve("desk.db"), false, Database.Access.READ_WRITE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long insert(Article a) {
        now = now.plusSeconds(1);
        Article row = a.toBuilder().uuid(UUID.randomUUID().toString()).createdAt(now).updatedAt(now).build();
        return store.write(tx -> tx.articles().insert(row, "测试"));
    }

    @Test
    void anArticleRowKeepsEveryFieldItsUuidAndItsKeywordOrder() {
        Article a = TestDesk.article("标题", "要闻", "正文").toBuilder().subtitle("副题").summary("摘要")
                .keywords(List.of("政治", "国际", "外交")).build();
        long id = insert(a);
        Article back = store.read(tx -> tx.articles().find(id)).orElseThrow();
        assertThat(back).usingRecursiveComparison().ignoringFields("id", "uuid", "createdAt", "updatedAt").isEqualTo(a);
        assertThat(store.<Optional<Article>>read(tx -> tx.articles().findByUuid(back.uuid()))).map(Article::id).contains(id);
    }

    @Test
    void recentInChannelSkipsTheArticleItselfAndOtherChannels() {
        long a = insert(TestDesk.article("甲", "要闻", "正文").toBuilder().publishedAt(null).build());
        long b = insert(TestDesk.article("乙", "要闻", "正文").toBuilder().publishedAt(null).build());
        insert(TestDesk.article("丙", "社会", "正文"));
        long d = insert(TestDesk.article("丁", "要闻", "正文").toBuilder().publishedAt(LocalDateTime.of(2027, 1, 1, 9, 0)).build());
        assertThat(store.<List<ArticleSummary>>read(tx -> tx.articles().recentInChannel("要闻", a, 5))).extracting(ArticleSummary::id)
                .containsExactly(d, b);
    }

    @Test
    void imagesAreReplacedByNameAndCopiedBetweenArticles() {
        long a = insert(TestDesk.article("甲", "要闻", "正文"));
        long b = insert(TestDesk.article("乙", "要闻", "正文"));
        store.write(tx -> {
            tx.images().put(a, new ImageAsset("x.png", "image/png", new byte[] {1}));
            tx.images().put(a, new ImageAsset("x.png", "image/png", new byte[] {2}));
            tx.images().copy(a, b);
            return null;
        });
        assertThat(store.<List<ImageAsset>>read(tx -> tx.images().list(b))).singleElement().satisfies(i -> assertThat(i.data()).containsExactly(2));
    }

    @Test
    void metaValuesAreKept() {
        assertThat(store.<Optional<String>>read(tx -> tx.meta().get("k"))).isEmpty();
        store.write(tx -> {
            tx.meta().put("k", "一");
            tx.meta().put("k", "二");
            return null;
        });
        assertThat(store.<Optional<String>>read(tx -> tx.meta().get("k"))).contains("二");
    }

    @Test
    void countedTermsOfAnArticleDeletedMeanwhileAreDroppedAndTheRestKept() {
        long a = insert(TestDesk.article("甲", "要闻", "正文"));
        store.write(tx -> {
            tx.tagger().putTerms(List.of(new TaggerTable.Terms(a, "d1", Map.of("外交", 2)),
                    new TaggerTable.Terms(999, "d2", Map.of("国际", 1))));
            return null;
        });
        Map<Long, TaggerTable.Terms> terms = store.read(tx -> tx.tagger().allTerms());
        assertThat(terms).containsOnlyKeys(a);
        assertThat(terms.get(a).counts()).containsEntry("外交", 2);
    }

    @Test
    void renamingOntoAnExistingKeywordMergesTheirUses() {
        long a = insert(TestDesk.article("甲", "要闻", "正文").toBuilder().keywords(List.of("习近平总书记", "习近平")).build());
        store.write(tx -> {
            tx.tagger().countUses(List.of("习近平总书记", "习近平"), List.of());
            tx.tagger().countUses(List.of("习近平总书记"), List.of());
            return null;
        });
        assertThat(store.<Optional<Integer>>write(tx -> tx.tagger().rename("习近平总书记", "习近平"))).contains(0);
        assertThat(store.<List<KeywordUse>>read(tx -> tx.tagger().vocabulary())).containsExactly(new KeywordUse("习近平", 3));
        assertThat(store.<Optional<Article>>read(tx -> tx.articles().find(a)).orElseThrow().keywords()).containsExactly("习近平");
        assertThat(store.<Optional<Integer>>write(tx -> tx.tagger().rename("没有这个词", "甲"))).isEmpty();
    }
}
