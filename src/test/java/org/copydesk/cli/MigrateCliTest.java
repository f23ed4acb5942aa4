package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.domain.Article;
import org.copydesk.domain.ImageAsset;
import org.copydesk.domain.Round;
import org.copydesk.l10n.Messages;
import org.copydesk.service.Desk;
import org.copydesk.support.TestDesk;
import org.copydesk.support.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** migrate: a laptop's desk onto a shared server and back, everything in it, counted. */
class MigrateCliTest {

    @TempDir
    Path dir;

    private String address;

    @BeforeAll
    static void chinese() {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
    }

    @BeforeEach
    void server() {
        TestPostgres.require();
        address = TestPostgres.newDatabase();
    }

    private Cli.Run on(Path db, String... args) {
        return Cli.on(db.toString(), args);
    }

    /** A desk with a bit of everything: revisions, an image, notes, a sign-off, a deleted article, keywords. */
    private Path laptopDesk() {
        Path db = dir.resolve("laptop.db");
        try (Desk desk = Desk.open(db)) {
            Article a = desk.drafts().create(TestDesk.article("外交部国际司强化理论武装", "要闻", "第一段。", "第二段。"));
            a = desk.drafts().saveRevision(a.toBuilder().keywords(List.of("外交部", "理论武装")).build());
            desk.drafts().putImage(a.id(), new ImageAsset("photo.png", "image/png", TestDesk.png()));
            desk.review().addNote(a.id(), 1, "第二段", "请核对。", "陈静");
            desk.review().submit(a.id(), "罗文");
            desk.review().signOff(a.id(), Round.REVIEW_1, "陈静", "一校完");
            Article b = desk.drafts().create(TestDesk.article("社区协商议事", "社会", "正文。"));
            Article gone = desk.drafts().create(TestDesk.article("删掉的稿件", "社会", "正文。"));
            desk.drafts().delete(gone.id());
            desk.drafts().saveWorkingCopy(desk.drafts().get(b.id()).toBuilder().title("社区协商议事（改）").build());
        }
        return db;
    }

    @Test
    void aDeskGoesOntoTheServerAndBackWithEverythingInIt() throws Exception {
        Path laptop = laptopDesk();
        Map<String, JsonNode> before = shown(laptop.toString());

        Cli.Run up = on(laptop, "migrate", "--to", address);
        assertThat(up.status()).as(up.err()).isZero();
        Map<String, Long> counts = counts(up);
        assertThat(counts).containsEntry("article", 3L).containsEntry("image", 1L).containsEntry("note", 1L);
        assertThat(counts.get("revision")).isGreaterThanOrEqualTo(4L);
        assertThat(counts.get("review_event")).isGreaterThanOrEqualTo(2L);
        assertThat(counts.get("vocabulary")).isGreaterThanOrEqualTo(2L);
        assertThat(up.err()).contains("核对无误").doesNotContain(TestPostgres.PASSWORD);

        // the shared desk shows every live article as the laptop did, and the laptop is as it was
        assertThat(shown(address)).isEqualTo(before);
        assertThat(shown(laptop.toString())).isEqualTo(before);
        assertThat(Cli.run(dir.resolve("default.db"), "--db", address, "list", "--status", "in_review").lines()).singleElement()
                .satisfies(l -> assertThat(l).contains("外交部国际司强化理论武装"));
        // search works on the copy, and new articles are numbered after the copied ones
        assertThat(Cli.run(dir.resolve("default.db"), "--db", address, "list", "--search", "协商").lines()).hasSize(1);
        try (Desk shared = Desk.openShared(address, TestPostgres.PASSWORD, org.copydesk.site.SiteProfiles.reference(), "罗文")) {
            assertThat(shared.drafts().create(TestDesk.article("新稿", "要闻", "正文。")).id()).isGreaterThan(3);
            assertThat(shared.drafts().images(1)).singleElement().satisfies(i -> assertThat(i.data()).isEqualTo(TestDesk.png()));
            assertThat(shared.review().notes(1)).singleElement().satisfies(n -> assertThat(n.author()).isEqualTo("陈静"));
            assertThat(shared.review().signedRounds(1)).containsExactly(Round.REVIEW_1);
            assertThat(shared.drafts().undelete(3).title()).isEqualTo("删掉的稿件");
        }

        // and down again into a new file
        Path copy = dir.resolve("copy.db");
        Cli.Run down = on(copy, "migrate", "--from", address);
        assertThat(down.status()).as(down.err()).isZero();
        assertThat(counts(down).get("article")).isEqualTo(4L);
        Map<String, JsonNode> onServer = shown(address);
        assertThat(shown(copy.toString())).isEqualTo(onServer);
    }

    @Test
    void aTargetWithArticlesIsRefusedAndLeftAlone() {
        Path laptop = laptopDesk();
        assertThat(on(laptop, "migrate", "--to", address).status()).isZero();
        Cli.Run again = on(laptop, "migrate", "--to", address);
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err()).contains("已经有稿件");
        assertThat(TestPostgres.count(TestPostgres.databaseOf(address), "SELECT count(*) FROM article")).isEqualTo(3);
    }

    @Test
    void migrateSaysWhatItNeeds() {
        Path laptop = laptopDesk();
        assertThat(on(laptop, "migrate").status()).isEqualTo(2);
        assertThat(on(laptop, "migrate", "--to", address, "--from", address).status()).isEqualTo(2);
        Cli.Run notAnAddress = on(laptop, "migrate", "--to", dir.resolve("other.db").toString());
        assertThat(notAnAddress.status()).isEqualTo(2);
        assertThat(notAnAddress.err()).contains("不是共享编辑台的地址");
    }

    /** Every live article as {@code show --json} prints it, by uuid, without the fields a copy renumbers. */
    private Map<String, JsonNode> shown(String where) throws Exception {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        Cli.Run list = Cli.run(dir.resolve("default.db"), "--db", where, "list");
        assertThat(list.status()).as(list.err()).isZero();
        for (String line : list.lines()) {
            String id = line.split("\t")[0];
            Cli.Run show = Cli.run(dir.resolve("default.db"), "--db", where, "show", id, "--json");
            var node = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(show.out());
            out.put(node.get("uuid").asText(), node);
        }
        assertThat(out).isNotEmpty();
        return out;
    }

    private static Map<String, Long> counts(Cli.Run r) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String line : r.lines()) {
            String[] f = line.split("\t");
            assertThat(f[1]).as("source and target agree on " + f[0]).isEqualTo(f[2]);
            out.put(f[0], Long.parseLong(f[2]));
        }
        return out;
    }
}
