package org.copydesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.copydesk.domain.NewArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.copydesk.domain.Article;
import org.copydesk.domain.Channel;
import org.copydesk.domain.KeywordSuggestion;
import org.copydesk.domain.SiteProfile;
import org.copydesk.domain.Suggestions;
import org.copydesk.site.SiteProfiles;
import org.copydesk.ingest.PageImporter;
import org.copydesk.support.LabelledCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaggerTest {

    @TempDir
    Path dir;

    private Desk desk;

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
    }

    private static SiteProfile newsDesk() {
        return LabelledCorpus.newsDesk();
    }

    private Tagger tagger(SiteProfile profile) {
        desk = Desk.open(dir.resolve("desk.db"), false, profile, Desk.Access.READ_WRITE);
        return desk.tagging();
    }

    /** The drafts of the desk the last {@link #tagger} opened, with a way to store plain articles in one go. */
    private Drafts drafts() {
        return new Drafts(desk.drafts());
    }

    private record Drafts(DraftService service) {
        List<Article> createAll(List<Article> articles) {
            return service.createAll(articles.stream().map(a -> new NewArticle(a, List.of())).toList());
        }

        Article create(Article a) {
            return service.create(a);
        }

        Article get(long id) {
            return service.get(id);
        }

        Article saveWorkingCopy(Article a) {
            return service.saveWorkingCopy(a);
        }

        List<org.copydesk.domain.KeywordUse> keywordUses() {
            return service.keywordUses();
        }
    }

    private static Article article(String title, String body, String channel) {
        return new Article.Builder().title(title).channel(channel).bodyHtml("<p>" + body + "</p>").build();
    }

    @Test
    void theReferencePagesOwnKeywordsComeUpBeforeTheDeskHasAnyArchive() throws Exception {
        Tagger tagger = tagger(SiteProfiles.reference());
        Path page = Files.writeString(dir.resolve("reference.txt"),
                new String(getClass().getResourceAsStream("/pages/reference-page.txt").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        Article a = new PageImporter(SiteProfiles.reference()).read(page).get(0).article();
        Suggestions s = tagger.suggest(a.toBuilder().keywords(List.of()).build());
        List<String> words = s.keywords().stream().map(KeywordSuggestion::word).toList();
        assertThat(words).hasSizeLessThanOrEqualTo(8);
        // the page's own keywords are 国际 工作 习近平 外交 政治: the telling ones come up (国际 as 国际司, the
        // department the page is about); 工作 and 政治 are words nearly every text uses
        assertThat(words).contains("习近平", "外交", "国际司");
        assertThat(s.channel().basis()).isEqualTo("cues");
        assertThat(s.channel().ranked().get(0).name()).isEqualTo("要闻");
    }

    @Test
    void aDeskThatImportedALabelledArchiveGetsTheRightChannelForUnseenArticles() {
        SiteProfile profile = newsDesk();
        Tagger tagger = tagger(profile);
        Drafts repo = drafts();
        Random r = new Random(11);
        List<Article> archive = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            for (String c : LabelledCorpus.SENTENCES.keySet()) {
                archive.add(article(c + "新闻" + i, LabelledCorpus.text(c, r), c));
            }
        }
        repo.createAll(archive);
        int right = 0;
        int total = 0;
        Random unseen = new Random(99);
        for (String c : LabelledCorpus.SENTENCES.keySet()) {
            for (int i = 0; i < 5; i++) {
                Suggestions s = tagger.suggest(article("稿件", LabelledCorpus.text(c, unseen) + LabelledCorpus.text(c, unseen), ""));
                assertThat(s.channel().basis()).isEqualTo("archive");
                total++;
                if (s.channel().best().map(g -> g.name().equals(c)).orElse(false)) {
                    right++;
                }
            }
        }
        assertThat(right / (double) total).isGreaterThan(0.85);
        assertThat(tagger.status().labelled()).isEqualTo(60);
    }

    @Test
    void tooLittleTextGetsNoSuggestionSaidPlainly() {
        Tagger tagger = tagger(SiteProfiles.reference());
        assertThat(tagger.suggest(article("", "", "")).tooShort()).isTrue();
        assertThat(tagger.suggest(article("标题", "只有一行字。", "")).tooShort()).isTrue();
    }

    @Test
    void textInAnotherLanguageDoesNotBreakAnything() {
        Tagger tagger = tagger(SiteProfiles.reference());
        Suggestions s = tagger.suggest(article("Library opens late",
                "The Central Library will open until nine in the evening from next month. Readers welcomed the change, "
                        + "and the Library expects more students to study there during the exam season.", ""));
        assertThat(s.tooShort()).isFalse();
        assertThat(s.channel().unsure()).isTrue();
        assertThat(s.keywords()).extracting(KeywordSuggestion::word).contains("Library");
    }

    @Test
    void archiveChannelsTheProfileLacksAreReportedNotSilentlyDropped() {
        Tagger tagger = tagger(SiteProfiles.reference());
        Drafts repo = drafts();
        Random r = new Random(3);
        repo.createAll(List.of(article("甲", LabelledCorpus.text("体育", r), "体育"), article("乙", LabelledCorpus.text("体育", r), "体育"),
                article("丙", LabelledCorpus.text("汽车", r), "汽车"), article("丁", "社区居民议事协商。", "协商")));
        tagger.load();
        assertThat(tagger.status().unknownChannels()).containsEntry("体育", 2).containsEntry("汽车", 1);
        assertThat(tagger.status().labelled()).isEqualTo(1);
        assertThat(Tagger.describeUnknown(tagger.status().unknownChannels())).isEqualTo("体育 ×2, 汽车 ×1");
    }

    @Test
    void aDamagedSavedModelIsRebuiltFromTheArchive() throws Exception {
        SiteProfile profile = newsDesk();
        Tagger first = tagger(profile);
        Drafts repo = drafts();
        Random r = new Random(5);
        List<Article> archive = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            for (String c : LabelledCorpus.SENTENCES.keySet()) {
                archive.add(article(c + i, LabelledCorpus.text(c, r), c));
            }
        }
        repo.createAll(archive);
        first.load();
        desk.close();
        sql("UPDATE model SET data = X'00010203'");
        Tagger second = tagger(profile);
        Suggestions s = second.suggest(article("稿件", LabelledCorpus.text("汽车", new Random(8)), ""));
        assertThat(s.channel().basis()).isEqualTo("archive");
        assertThat(s.channel().ranked().get(0).name()).isEqualTo("汽车");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("desk.db"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT length(data) FROM model")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThan(100);
        }
    }

    @Test
    void relatedNewsFollowsContentAndTheTaggerLearnsFromSaves() {
        Tagger tagger = tagger(SiteProfiles.reference());
        Drafts repo = drafts();
        Article lift = repo.create(article("老旧小区加装电梯", "老旧小区加装电梯，居民协商分摊费用。加装电梯方案获得通过。", "社会"));
        Article court = repo.create(article("法院审理案件", "区人民法院依法审理案件，当庭宣判。", "法治"));
        tagger.load();
        Article draft = repo.create(article("又一批小区加装电梯", "今年又有二十个老旧小区完成加装电梯，居民出行更方便。", "社会"));
        tagger.articleChanged(draft);
        assertThat(tagger.related(draft, 5)).extracting(s -> s.id()).containsExactly(lift.id());
        Article edited = repo.saveWorkingCopy(court.toBuilder().bodyHtml("<p>法院调解了一起老旧小区加装电梯纠纷：小区居民出行不便，法院调解后加装电梯方案通过。</p>").build());
        tagger.articleChanged(edited);
        assertThat(tagger.related(draft, 5)).extracting(s -> s.id()).contains(lift.id(), court.id());
    }

    @Test
    void vocabularyWordsCanBeRenamedMergedAndDeleted() {
        Tagger tagger = tagger(SiteProfiles.reference());
        Drafts repo = drafts();
        Article a = repo.create(article("甲", "正文", "要闻").toBuilder().keywords(List.of("习近平总书记", "外交")).build());
        Article b = repo.create(article("乙", "正文", "要闻").toBuilder().keywords(List.of("习近平", "习近平总书记")).build());
        assertThat(tagger.renameKeyword("习近平总书记", "习近平")).isEqualTo(1);
        assertThat(repo.get(a.id()).keywords()).containsExactly("习近平", "外交");
        assertThat(repo.get(b.id()).keywords()).containsExactly("习近平");
        assertThat(tagger.vocabularyWords()).extracting(org.copydesk.domain.KeywordUse::word).doesNotContain("习近平总书记");
        assertThat(tagger.vocabularyWords()).filteredOn(w -> w.word().equals("习近平")).singleElement()
                .satisfies(w -> assertThat(w.uses()).isEqualTo(3));
        tagger.deleteKeyword("外交");
        assertThat(tagger.vocabularyWords()).extracting(org.copydesk.domain.KeywordUse::word).doesNotContain("外交");
        assertThat(repo.get(a.id()).keywords()).contains("外交");
        assertThat(repo.keywordUses()).extracting(k -> k.word()).doesNotContain("外交");
    }

    @Test
    void keywordsTheDeskGaveSimilarArticlesAreSuggestedAndFollowARename() {
        Tagger tagger = tagger(newsDesk());
        Drafts repo = drafts();
        Random r = new Random(21);
        List<Article> tagged = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tagged.add(article("体育" + i, LabelledCorpus.text("体育", r), "体育").toBuilder().keywords(List.of("赛场内外")).build());
            tagged.add(article("健康" + i, LabelledCorpus.text("健康", r), "健康").toBuilder().keywords(List.of("健康生活")).build());
        }
        repo.createAll(tagged);
        tagger.load();
        Article fresh = article("新稿", LabelledCorpus.text("体育", r) + LabelledCorpus.text("体育", r), "");
        // the text never says 赛场内外; the sports articles like it were given it, so it comes in, below the words the text is about
        List<String> words = tagger.suggest(fresh, 20).keywords().stream().map(KeywordSuggestion::word).toList();
        assertThat(words).contains("赛场内外");
        assertThat(words.indexOf("健康生活")).satisfiesAnyOf(i -> assertThat(i).isEqualTo(-1),
                i -> assertThat(i).isGreaterThan(words.indexOf("赛场内外")));
        tagger.renameKeyword("赛场内外", "体坛");
        assertThat(tagger.suggest(fresh, 20).keywords()).extracting(KeywordSuggestion::word).contains("体坛").doesNotContain("赛场内外");
        tagger.deleteKeyword("体坛");
        assertThat(tagger.suggest(fresh, 20).keywords()).extracting(KeywordSuggestion::word).doesNotContain("体坛");
    }

    @Test
    void articlesStoredInBulkAreCountedThenSoTheFirstLoadCountsNothing() throws Exception {
        SiteProfile profile = newsDesk();
        tagger(profile);
        Random r = new Random(21);
        List<Article> archive = new ArrayList<>();
        for (String c : LabelledCorpus.SENTENCES.keySet()) {
            archive.add(article(c + "新闻", LabelledCorpus.text(c, r), c));
        }
        List<Article> stored = drafts().createAll(archive);
        // counted as they were stored, before any load
        assertThat(query("SELECT count(*) FROM article_terms")).isEqualTo(stored.size());
        desk.close();
        // the counts are the ones loading reads: planted ones prove the load did not count again
        sql("UPDATE article_terms SET terms = '暗号词' || char(9) || '9' || char(10) WHERE article_id = " + stored.get(0).id());
        Tagger tagger = tagger(profile);
        tagger.load();
        Article query = article("稿件", "暗号词暗号词", "");
        assertThat(tagger.related(query, 3)).extracting(x -> x.id()).containsExactly(stored.get(0).id());
    }

    @Test
    void importedPagesAndReceivedPackagesAreCountedAsTheyAreStored() throws Exception {
        tagger(SiteProfiles.reference());
        Path page = Files.writeString(dir.resolve("page.txt"), "老旧小区加装电梯\n\n老旧小区加装电梯，居民协商分摊费用。加装电梯方案获得通过。\n");
        List<org.copydesk.domain.Receipt> imported = desk.imports().store(desk.imports().read(page));
        assertThat(imported).hasSize(1);
        assertThat(query("SELECT count(*) FROM article_terms WHERE article_id = " + imported.get(0).id())).isEqualTo(1);
        Path pack = dir.resolve("out.cdpkg");
        desk.exchange().pack(List.of(imported.get(0).id()), null, pack);
        desk.close();
        Files.move(dir.resolve("desk.db"), dir.resolve("first.db"));
        tagger(SiteProfiles.reference());
        assertThat(query("SELECT count(*) FROM article_terms")).isZero();
        List<org.copydesk.domain.Receipt> received = desk.exchange().unpack(pack).receipts();
        assertThat(query("SELECT count(*) FROM article_terms WHERE article_id = " + received.get(0).id())).isEqualTo(1);
    }

    @Test
    void aFolderImportedFileByFileIsCountedByTheEndOfTheBatch() throws Exception {
        tagger(SiteProfiles.reference());
        List<Long> ids = new ArrayList<>();
        try (ImportService.Batch batch = desk.imports().batch()) {
            for (int i = 0; i < 5; i++) {
                Path page = Files.writeString(dir.resolve("page" + i + ".txt"), "第" + i + "篇稿件\n\n老旧小区加装电梯，居民协商分摊费用。第" + i + "个方案获得通过。\n");
                batch.store(desk.imports().read(page)).forEach(r -> ids.add(r.id()));
            }
        }
        assertThat(ids).hasSize(5);
        assertThat(query("SELECT count(*) FROM article_terms")).isEqualTo(5);
    }

    @Test
    void anImportOfManySmallerFilesTeachesTheChannelModelAtItsEnd() throws Exception {
        tagger(newsDesk());
        Random r = new Random(12);
        List<String> channels = List.copyOf(LabelledCorpus.SENTENCES.keySet());
        try (ImportService.Batch batch = desk.imports().batch()) {
            for (int f = 0; f < 2; f++) {
                StringBuilder lines = new StringBuilder();
                for (int i = 0; i < 600; i++) {
                    String c = channels.get(i % channels.size());
                    lines.append(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(java.util.Map.of(
                            "title", c + f + "-" + i, "channel", c, "paragraphs", List.of(LabelledCorpus.text(c, r))))).append('\n');
                }
                Path file = Files.writeString(dir.resolve("archive" + f + ".jsonl"), lines);
                assertThat(batch.store(desk.imports().read(file))).hasSize(600);
                // 600 at once is not a large intake
                assertThat(query("SELECT count(*) FROM model")).isZero();
            }
        }
        // the two files together are
        assertThat(query("SELECT count(*) FROM model")).isEqualTo(1);
        assertThat(query("SELECT count(*) FROM article_terms")).isEqualTo(1200);
    }

    @Test
    void articlesStoredWhileTheTaggerIsLoadedJoinItsIndexAtOnce() {
        Tagger tagger = tagger(SiteProfiles.reference());
        Drafts repo = drafts();
        repo.create(article("法院审理案件", "区人民法院依法审理案件，当庭宣判。", "法治"));
        tagger.load();
        List<Article> imported = repo.createAll(List.of(article("老旧小区加装电梯", "老旧小区加装电梯，居民协商分摊费用。加装电梯方案获得通过。", "社会")));
        Article draft = article("又一批小区加装电梯", "今年又有二十个老旧小区完成加装电梯，居民出行更方便。", "社会");
        assertThat(tagger.related(draft, 5)).extracting(x -> x.id()).containsExactly(imported.get(0).id());
    }

    @Test
    void aLargeIntakeTeachesTheChannelModelAsItIsStored() throws Exception {
        SiteProfile profile = newsDesk();
        tagger(profile);
        Random r = new Random(4);
        List<Article> small = new ArrayList<>();
        for (String c : LabelledCorpus.SENTENCES.keySet()) {
            for (int i = 0; i < 5; i++) {
                small.add(article(c + i, LabelledCorpus.text(c, r), c));
            }
        }
        drafts().createAll(small);
        assertThat(query("SELECT count(*) FROM model")).isZero();
        List<Article> large = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String c = List.copyOf(LabelledCorpus.SENTENCES.keySet()).get(i % LabelledCorpus.SENTENCES.size());
            large.add(article(c + i, LabelledCorpus.text(c, r), c));
        }
        drafts().createAll(large);
        assertThat(query("SELECT count(*) FROM model")).isEqualTo(1);
        desk.close();
        // loading reads back the model kept (the fingerprint matches) instead of training: a model that
        // planted there calls 汽车 体育 shows which one answers
        List<org.copydesk.text.tagging.ChannelClassifier.Example> swapped = new ArrayList<>();
        for (Article a : large.subList(0, 200)) {
            String c = a.channel().equals("汽车") ? "体育" : a.channel().equals("体育") ? "汽车" : a.channel();
            swapped.add(new org.copydesk.text.tagging.ChannelClassifier.Example(a.title() + "\n" + a.bodyHtml(), c));
        }
        byte[] planted = org.copydesk.text.tagging.ChannelClassifier.train(swapped).toBytes();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("desk.db"));
             java.sql.PreparedStatement st = c.prepareStatement("UPDATE model SET data = ?")) {
            st.setBytes(1, planted);
            st.executeUpdate();
        }
        Tagger tagger = tagger(profile);
        tagger.load();
        assertThat(tagger.status().labelled()).isEqualTo(small.size() + large.size());
        assertThat(tagger.suggest(article("稿件", LabelledCorpus.text("汽车", new Random(8)), "")).channel().ranked().get(0).name())
                .isEqualTo("体育");
    }

    @Test
    void keywordsWithSpacesLatinLettersOrTwoHundredCharactersNeitherBreakNorLeak() {
        Tagger tagger = tagger(SiteProfiles.reference());
        String rambling = "这是一段被误填进关键词栏的很长的句子".repeat(12);
        List<Article> archive = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            archive.add(article("新冠疫苗接种" + i, "社区卫生服务中心为居民接种COVID-19疫苗，New York Times也报道了接种进展。疫苗接种有序进行。", "社会")
                    .toBuilder().keywords(List.of("New York Times", "COVID-19", rambling, "疫苗接种")).build());
        }
        drafts().createAll(archive);
        tagger.load();
        Suggestions s = tagger.suggest(article("又一批居民接种疫苗", "居民在社区卫生服务中心接种COVID-19疫苗，New York Times的记者也来了。疫苗接种有序进行。", "社会"));
        List<String> words = s.keywords().stream().map(KeywordSuggestion::word).toList();
        // the desk's words with spaces and Latin letters are lent whole; the sentence typed into the field never is
        assertThat(words).contains("COVID-19", "New York Times").doesNotContain(rambling);
        // the desk's own 疫苗接种, lent by every neighbour and in the text, is offered whole, not as 接种
        assertThat(words).contains("疫苗接种").doesNotContain("接种");
        assertThat(words).allSatisfy(w -> assertThat(w.length()).isLessThanOrEqualTo(30));
    }

    private int query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("desk.db"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("desk.db")); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }
}
